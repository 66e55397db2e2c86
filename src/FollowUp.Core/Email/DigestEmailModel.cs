namespace FollowUp.Core.Email;

/// <summary>
/// The digest as the templates see it: every value already worded for a reader, so that FollowUp's
/// own Liquid templates and a SendGrid dynamic template (which receives this object as
/// <c>dynamic_template_data</c>, in snake_case) show the same facts in the same words.
/// </summary>
/// <param name="Heading">The subject without its summary, e.g. "2 commitments need your update".</param>
/// <param name="Preheader">The one line an inbox shows beside the subject.</param>
/// <param name="LocalDate">The owner's date the digest is for, e.g. "15 March 2026".</param>
public sealed record DigestEmailModel(
    string Subject,
    string Heading,
    string Preheader,
    string Ministry,
    string To,
    string LocalDate,
    int ItemCount,
    bool Escalated,
    IReadOnlyList<DigestEmailItem> Items);
