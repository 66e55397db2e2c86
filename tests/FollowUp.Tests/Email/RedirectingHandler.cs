namespace FollowUp.Tests.Email;

/// <summary>Records where a request was addressed, then sends it to the fake SendGrid instead.</summary>
internal sealed class RedirectingHandler(Uri target, List<Uri> seen) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri!;
        lock (seen)
        {
            seen.Add(original);
        }

        request.RequestUri = new UriBuilder(original) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
