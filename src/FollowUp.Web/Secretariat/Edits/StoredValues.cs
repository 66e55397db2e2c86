namespace FollowUp.Web.Secretariat.Edits;

/// <summary>What is stored now, shown beside the Admin's kept input when their edit was stale.</summary>
internal sealed record StoredValues(string Title, string DueDate, string? Description, string? EscalationEmail, IReadOnlyList<string> Owners);
