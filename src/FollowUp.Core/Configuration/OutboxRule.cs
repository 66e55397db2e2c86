namespace FollowUp.Core.Configuration;

/// <summary>
/// Outbox mode (no SendGrid key: every email becomes an .eml file on this machine) belongs with the
/// local emulator. Against real storage it would record real nudges as sent while nobody is mailed,
/// and the ledger never sends a recorded nudge again.
/// </summary>
public static class OutboxRule
{
    public const string SendGridKeySetting = FollowUpOptions.SectionName + ":Email:" + nameof(EmailOptions.SendGridApiKey);

    public static bool UsesOutbox(FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Email.SendGridApiKey);
    }

    /// <summary>The problem, or null when the configuration may use the outbox (or does not).</summary>
    public static string? Check(FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!UsesOutbox(options))
        {
            return null;
        }

        var storage = StorageTarget.Of(options.Storage);
        if (storage.Endpoint is null || storage.IsLocalEmulator)
        {
            return null;
        }

        return $"{SendGridKeySetting} is not set, so reminders would be written as .eml files to '{options.Email.OutboxPath}' on this machine " +
            $"while the storage account '{storage.AccountName}' ({storage.Endpoint}) records them as sent, and they are never sent again. " +
            $"Set {SendGridKeySetting}, or point storage at the local emulator.";
    }
}
