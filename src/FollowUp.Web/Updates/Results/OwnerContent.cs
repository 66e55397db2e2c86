namespace FollowUp.Web.Updates.Results;

/// <summary>A rendered body and its Content-Type: a page or its JSON twin.</summary>
public sealed record OwnerContent(string ContentType, string Body);
