namespace FollowUp.Core.Import;

/// <summary>The file as a whole cannot be read as commitments; no row was looked at.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException()
    {
    }

    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
