using FollowUp.Core.Delivery;

namespace FollowUp.Cli.Output;

/// <summary>
/// The JSON contract of <c>followup contacts --format json</c>:
/// <c>{ "contacts": [ { "email", "ministry", "openCommitments", "state", "reason", "lastEvent", "lastEventAt" } ] }</c>,
/// every field present (null when not known) so scripts can rely on the shape.
/// </summary>
public static class ContactsJson
{
    public static Report From(IEnumerable<ContactEntry> contacts) =>
        new([.. contacts.Select(c => new ContactJson(
            c.Email,
            c.Ministry,
            c.OpenCommitments,
            c.Health.StateName,
            c.Health.Reason,
            c.Health.LastEvent,
            c.Health.LastEventAt is { } at ? ScanJson.Instant(at) : null))]);

    public sealed record Report(IReadOnlyList<ContactJson> Contacts);

    public sealed record ContactJson(string Email, string? Ministry, int OpenCommitments, string State, string? Reason, string? LastEvent, string? LastEventAt);
}
