namespace FollowUp.Core.Queues;

/// <summary>A shard-queue message that is not one FollowUp queued: it goes to the poison queue, and nothing is planned.</summary>
public sealed class ShardWorkFormatException : Exception
{
    public ShardWorkFormatException()
    {
    }

    public ShardWorkFormatException(string message)
        : base(message)
    {
    }

    public ShardWorkFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
