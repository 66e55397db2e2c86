namespace FollowUp.Core.Email;

/// <summary>A SendGrid dynamic template (<c>d-…</c>) and the data it is rendered with (<c>dynamic_template_data</c>).</summary>
public sealed record DynamicTemplate(string TemplateId, IReadOnlyDictionary<string, object?> Data);
