namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>
/// What the Admin sent to the intake: the commission, the reference date, and the outcome text, pasted
/// (<paramref name="Text"/>) or uploaded (<paramref name="File"/>, raw bytes, checked for UTF-8 by the use case).
/// </summary>
internal sealed record IntakeInput(string? Commission, string? AsOf, string? Text, byte[]? File, string? DocumentName, string? Format = null);
