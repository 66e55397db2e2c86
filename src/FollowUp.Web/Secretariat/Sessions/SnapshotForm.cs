namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The Admin's form that freezes a snapshot, with its antiforgery token and what was typed last.</summary>
internal sealed record SnapshotForm(string Url, string AntiforgeryField, string AntiforgeryToken, string? Name, string? AsOf);
