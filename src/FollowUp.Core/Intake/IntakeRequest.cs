namespace FollowUp.Core.Intake;

/// <param name="Commission">The commission's id (a slug such as <c>pak-aze-jc8</c>); draft ids are built from it.</param>
/// <param name="DocumentName">How the drafts' source names the document (a file name); <c>null</c> says "the outcome document".</param>
/// <param name="AsOf">The date relative phrases ("by March", "next year") count from; when <c>null</c>, the document's own date, if it gives one.</param>
public sealed record IntakeRequest(string Commission, string? DocumentName = null, DateOnly? AsOf = null);
