namespace FollowUp.Core.Import;

/// <summary>A commitment changed under an import so that the file's row no longer applies; rows before it were written.</summary>
public sealed class ImportConflictException : Exception
{
    public ImportConflictException()
    {
    }

    public ImportConflictException(string message)
        : base(message)
    {
    }

    public ImportConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
