using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Delivery;

/// <summary>
/// SendGrid's Signed Event Webhook: an ECDSA P-256 signature with SHA-256 over the timestamp header
/// followed by the raw body, base64 of its DER encoding, checked against the verification key
/// (<c>FollowUp:Email:EventWebhookPublicKey</c>, the base64 SubjectPublicKeyInfo SendGrid shows).
/// </summary>
public sealed class EventWebhookSignature : IDisposable
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    private readonly ECDsa? _key;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _time;

    public EventWebhookSignature(IOptions<FollowUpOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var email = options.Value.Email;
        _key = TryImport(email.EventWebhookPublicKey, out var key) ? key : null;
        _tolerance = TimeSpan.FromSeconds(email.EventWebhookToleranceSeconds);
        _time = time;
    }

    /// <summary>Whether a verification key is configured, and so whether events can settle unknown sends.</summary>
    public bool IsConfigured => _key is not null;

    public SignatureCheck Check(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_key is null)
        {
            return SignatureCheck.NotConfigured;
        }

        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return SignatureCheck.Missing;
        }

        var signatureBytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature.Trim(), signatureBytes, out var length))
        {
            return SignatureCheck.Invalid;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[stamp.Length + body.Length];
        stamp.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(stamp.Length));
        if (!_key.VerifyData(signed, signatureBytes.AsSpan(0, length), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            return SignatureCheck.Invalid;
        }

        // Checked after the signature, so that only an authentic request is told it is stale.
        return long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds < 253402300799
            && (DateTimeOffset.FromUnixTimeSeconds(seconds) - _time.GetUtcNow()).Duration() <= _tolerance
            ? SignatureCheck.Verified
            : SignatureCheck.Stale;
    }

    /// <summary>Whether <paramref name="base64"/> is a P-256 public key as SendGrid shows it; the start-up check uses this too.</summary>
    public static bool TryImport(string? base64, out ECDsa? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(base64))
        {
            return false;
        }

        var candidate = ECDsa.Create();
        try
        {
            candidate.ImportSubjectPublicKeyInfo(Convert.FromBase64String(base64.Trim()), out _);
            if (candidate.KeySize != 256)
            {
                candidate.Dispose();
                return false;
            }

            key = candidate;
            return true;
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            candidate.Dispose();
            return false;
        }
    }

    public void Dispose() => _key?.Dispose();
}
