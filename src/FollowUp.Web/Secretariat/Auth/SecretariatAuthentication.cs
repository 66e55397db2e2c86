using FollowUp.Core.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Auth;

/// <summary>
/// Who is asking: the App Service principal, only when <c>FollowUp:Secretariat:TrustEasyAuthHeaders</c>
/// says a front end strips client-sent copies; otherwise the local session of <c>followup serve</c>,
/// when that host registered <see cref="LocalSignIn"/>; otherwise nobody.
/// </summary>
public sealed class SecretariatAuthentication(IOptions<FollowUpOptions> options, IServiceProvider services)
{
    private readonly bool _trustHeaders = options.Value.Secretariat.TrustEasyAuthHeaders;
    private readonly LocalSignIn? _local = services.GetService<LocalSignIn>();

    public bool TrustsEasyAuth => _trustHeaders;

    public SecretariatUser? Authenticate(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (_trustHeaders && http.Request.Headers[EasyAuthPrincipal.HeaderName].ToString() is { Length: > 0 } header)
        {
            return EasyAuthPrincipal.Read(header);
        }

        return _local?.ReadSession(http);
    }
}
