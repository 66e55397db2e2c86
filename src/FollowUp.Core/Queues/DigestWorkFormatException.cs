namespace FollowUp.Core.Queues;

/// <summary>A queue message that is not a digest FollowUp queued: it goes to the poison queue, and nothing is sent.</summary>
public sealed class DigestWorkFormatException : Exception
{
    public DigestWorkFormatException()
    {
    }

    public DigestWorkFormatException(string message)
        : base(message)
    {
    }

    public DigestWorkFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
