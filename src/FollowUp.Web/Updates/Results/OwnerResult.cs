using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Updates.Results;

/// <summary>
/// One answer of the owner's routes, already rendered as HTML or JSON: its status, its Content-Type,
/// a UTF-8 body and any header of its own (<c>Allow</c>, <c>Location</c>, <c>Retry-After</c>). The
/// security headers are not here: the route filter sets them on every response, whatever answers.
/// </summary>
public abstract class OwnerResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly KeyValuePair<string, string>[] _headers;

    private protected OwnerResult(int statusCode, OwnerContent content, params KeyValuePair<string, string>[] headers)
    {
        ArgumentNullException.ThrowIfNull(content);
        StatusCode = statusCode;
        ContentType = content.ContentType;
        Body = content.Body;
        _headers = headers;
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType { get; }

    public string Body { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        // HEAD is answered as GET without the body: link checkers and mail scanners use it, and it changes nothing.
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.WriteAsync(Body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
