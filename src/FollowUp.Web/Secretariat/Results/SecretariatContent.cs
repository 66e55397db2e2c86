namespace FollowUp.Web.Secretariat.Results;

/// <summary>A rendered body and its Content-Type: a page or its JSON twin.</summary>
public sealed record SecretariatContent(string ContentType, string Body);
