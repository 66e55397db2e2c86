namespace FollowUp.Core.Backup;

/// <summary>A storage failure already described for the operator (<see cref="StorageFailure"/>), carried out of a stream's producer.</summary>
internal sealed class StorageStepException : Exception
{
    public StorageStepException()
    {
    }

    public StorageStepException(string message)
        : base(message)
    {
    }

    public StorageStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
