namespace FollowUp.Tests.Updates;

/// <summary>A response as it came back over the wire: status, Content-Type, the UTF-8 body and every header.</summary>
public sealed record ProgressResponse(int StatusCode, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public string? Location => Headers.TryGetValue("Location", out var location) ? location : null;
}
