using System.Text;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Secretariat.Results;

/// <summary>
/// One answer of the secretariat's routes, already rendered: status, Content-Type, body and any header
/// of its own (<c>Location</c>, <c>Content-Disposition</c>). The security headers are the route filter's.
/// </summary>
public abstract class SecretariatResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly KeyValuePair<string, string>[] _headers;

    private protected SecretariatResult(int statusCode, string contentType, byte[] body, params KeyValuePair<string, string>[] headers)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        _headers = headers;
    }

    private protected SecretariatResult(int statusCode, SecretariatContent content, params KeyValuePair<string, string>[] headers)
        : this(statusCode, content.ContentType, Encoding.UTF8.GetBytes(content.Body), headers)
    {
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType { get; }

    public byte[] Body { get; }

    public string Text => Encoding.UTF8.GetString(Body);

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

        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(Body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
