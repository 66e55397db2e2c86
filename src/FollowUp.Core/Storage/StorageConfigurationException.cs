namespace FollowUp.Core.Storage;

/// <summary>The storage settings cannot work; the message names the setting and never repeats its value.</summary>
public sealed class StorageConfigurationException : Exception
{
    public StorageConfigurationException()
    {
    }

    public StorageConfigurationException(string message)
        : base(message)
    {
    }

    public StorageConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
