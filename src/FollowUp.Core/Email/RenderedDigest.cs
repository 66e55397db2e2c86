namespace FollowUp.Core.Email;

/// <summary>A digest ready to send: what the reader sees, and the model it was rendered from.</summary>
public sealed record RenderedDigest(string Subject, string HtmlBody, string TextBody, DigestEmailModel Model);
