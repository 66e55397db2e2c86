namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>What the Admin typed into "freeze a snapshot", kept on the page after a refusal.</summary>
internal sealed record SentSnapshot(string? Name, string? AsOf);
