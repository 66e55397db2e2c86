namespace FollowUp.Core.Email;

/// <summary>A message's words, ready to be composed into an <see cref="EmailMessage"/>.</summary>
public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
