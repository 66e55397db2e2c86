using FollowUp.Core.Configuration;

namespace FollowUp.Core.Email;

/// <summary>Who every FollowUp message is from and where replies go, read from the options in one place.</summary>
internal sealed record EmailEnvelope(string FromAddress, string? FromName, string? ReplyTo)
{
    public static EmailEnvelope From(EmailOptions email)
    {
        ArgumentNullException.ThrowIfNull(email);

        // The options validator stops start-up without it; this guards a container built without validation.
        var fromAddress = string.IsNullOrWhiteSpace(email.FromAddress)
            ? throw new InvalidOperationException("FollowUp:Email:FromAddress (the sender of every reminder) must be set.")
            : email.FromAddress;

        return new EmailEnvelope(
            fromAddress,
            string.IsNullOrWhiteSpace(email.FromName) ? null : email.FromName,
            string.IsNullOrWhiteSpace(email.ReplyToAddress) ? null : email.ReplyToAddress);
    }
}
