using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Secretariat.Auth;

/// <summary>
/// <c>followup serve</c>'s way in: a one-time code printed on the terminal that, redeemed from this
/// machine, opens a local Admin session held in a protected cookie. Only the local host registers it;
/// the Functions app never does, so there a cookie of this name opens nothing.
/// </summary>
public sealed class LocalSignIn(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "followup-secretariat";
    public const string Person = "local operator";

    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    private readonly IDataProtector _protector = protection.CreateProtector("FollowUp.Secretariat.LocalSession.v1");
    private readonly ConcurrentDictionary<string, DateTimeOffset> _codes = new(StringComparer.Ordinal);

    /// <summary>A new code, good once within <see cref="CodeLifetime"/>. Only its hash is kept.</summary>
    public string IssueCode()
    {
        var code = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _codes[Hash(code)] = time.GetUtcNow() + CodeLifetime;
        return code;
    }

    /// <summary>Spends the code; true once for a code issued here and still fresh, false ever after.</summary>
    public bool TryRedeem(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 100)
        {
            return false;
        }

        return _codes.TryRemove(Hash(code), out var expires) && time.GetUtcNow() < expires;
    }

    /// <summary>Opens the session: a cookie only this host can read, HttpOnly, SameSite Strict, Secure on https.</summary>
    public void StartSession(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var expires = time.GetUtcNow() + SessionLifetime;
        var payload = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        http.Response.Cookies.Append(CookieName, _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/",
            Expires = expires,
            IsEssential = true,
        });
    }

    /// <summary>The local Admin, when the request carries a session cookie this host made and it has not expired.</summary>
    public SecretariatUser? ReadSession(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Cookies.TryGetValue(CookieName, out var cookie) || string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            var payload = _protector.Unprotect(cookie);
            return long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && time.GetUtcNow() < DateTimeOffset.FromUnixTimeSeconds(seconds)
                    ? new SecretariatUser(Person, SecretariatRole.Admin)
                    : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
