using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat.Edits;

/// <summary>What an edit changed, in words for the history line.</summary>
public static class EditChanges
{
    /// <summary>One sentence naming each changed field, or <c>null</c> when nothing differs.</summary>
    public static string? Describe(Commitment before, Commitment after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var parts = new List<string>();
        if (!string.Equals(before.Title, after.Title, StringComparison.Ordinal))
        {
            parts.Add($"title '{before.Title}' → '{after.Title}'");
        }

        if (!string.Equals(before.Description, after.Description, StringComparison.Ordinal))
        {
            parts.Add(after.Description is null ? "description removed" : "description");
        }

        if (before.DueDate != after.DueDate)
        {
            parts.Add($"due date {IsoDate.Format(before.DueDate)} → {IsoDate.Format(after.DueDate)}");
        }

        if (!string.Equals(before.EscalationEmail, after.EscalationEmail, StringComparison.Ordinal))
        {
            parts.Add($"escalation contact {before.EscalationEmail ?? "none"} → {after.EscalationEmail ?? "none"}");
        }

        var added = after.Owners.Where(o => before.FindOwner(o.Email) is null).Select(o => "added " + o.Email);
        var removed = before.Owners.Where(o => after.FindOwner(o.Email) is null).Select(o => "removed " + o.Email);
        var changed = after.Owners.Where(o => before.FindOwner(o.Email) is { } old && old != o).Select(o => "changed " + o.Email);
        var owners = added.Concat(removed).Concat(changed).ToList();
        if (owners.Count == 0 && !before.Owners.SequenceEqual(after.Owners))
        {
            owners.Add("reordered");
        }

        if (owners.Count > 0)
        {
            parts.Add("owners (" + string.Join(", ", owners) + ")");
        }

        return parts.Count == 0 ? null : "Edited " + string.Join("; ", parts);
    }
}
