using System.Text.Json;
using System.Text.Json.Serialization;
using FollowUp.Core.Commitments;

namespace FollowUp.Cli.Output;

/// <summary>
/// The JSON form of a listed commitment: the import contract's fields (so a listing can be edited
/// and imported again once <c>lastUpdate</c> is removed) plus what owners last reported.
/// </summary>
public static class CommitmentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Listed From(Commitment c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new Listed(
            c.Id,
            c.Commission,
            c.Title,
            c.Description,
            c.Sector,
            Date(c.DueDate),
            c.Status.ToString(),
            c.Progress,
            [.. c.Owners.Select(o => new ListedOwner(o.Ministry, o.Email, o.TimeZone, o.Role.ToString().ToLowerInvariant()))],
            c.EscalationEmail,
            c.Source,
            c.PausedUntil is { } paused ? Date(paused) : null,
            c.LastUpdate is { } u ? new ListedUpdate(u.At, u.By, u.Note) : null);
    }

    private static string Date(DateOnly d) => IsoDate.Format(d);

    public sealed record Listed(
        string Id,
        string Commission,
        string Title,
        string? Description,
        string Sector,
        string DueDate,
        string Status,
        int Progress,
        IReadOnlyList<ListedOwner> Owners,
        string? EscalationEmail,
        string? Source,
        string? PausedUntil,
        ListedUpdate? LastUpdate);

    public sealed record ListedOwner(string Ministry, string Email, string TimeZone, string Role);

    public sealed record ListedUpdate(DateTimeOffset At, string By, string? Note);
}
