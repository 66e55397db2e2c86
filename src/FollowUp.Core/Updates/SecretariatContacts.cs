using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;

namespace FollowUp.Core.Updates;

/// <summary>
/// Whom an owner asks to reopen or correct a closed commitment: the commission's secretariat
/// (<c>FollowUp:Reminders:EscalationCc</c>) and the commitment's own escalation contact, as the
/// escalated reminders copy them. Empty when neither is set; the page then says so.
/// </summary>
internal static class SecretariatContacts
{
    public static IReadOnlyList<string> For(Commitment commitment, RemindersOptions reminders) =>
        [.. new[] { reminders.EscalationCc, commitment.EscalationEmail }
            .Where(address => !string.IsNullOrWhiteSpace(address))
            .Select(address => address!.Trim())
            .Distinct(EmailAddresses.Comparer)];
}
