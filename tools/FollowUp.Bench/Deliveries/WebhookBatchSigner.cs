using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Bench.Deliveries;

/// <summary>
/// Signs event batches as SendGrid's Signed Event Webhook does, with a P-256 key the run generates;
/// its public half is the run's verification key, so every batch verifies and none is real.
/// </summary>
public sealed class WebhookBatchSigner : IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>The verification key as SendGrid shows it: base64 SubjectPublicKeyInfo.</summary>
    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    public (string Signature, string Timestamp) Sign(DateTimeOffset at, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[stamp.Length + body.Length];
        stamp.CopyTo(signed, 0);
        body.CopyTo(signed, stamp.Length);
        return (Convert.ToBase64String(_key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)), timestamp);
    }

    public void Dispose() => _key.Dispose();
}
