namespace FollowUp.Core.Backup;

/// <summary>An export cannot be read: it is corrupt, truncated, or not a FollowUp export. The message says what is wrong, without the data.</summary>
public sealed class ExportFormatException : Exception
{
    public ExportFormatException()
    {
    }

    public ExportFormatException(string message)
        : base(message)
    {
    }

    public ExportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
