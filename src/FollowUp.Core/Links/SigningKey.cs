using System.Text;

namespace FollowUp.Core.Links;

/// <summary>One parsed signing key. Internal so its secret cannot be reached outside the token code.</summary>
internal sealed class SigningKey
{
    private readonly byte[] _secret;

    public SigningKey(string id, byte[] secret)
    {
        Id = id;
        IdBytes = Encoding.ASCII.GetBytes(id);
        _secret = secret;
    }

    public string Id { get; }

    /// <summary>The id as it appears in tokens, kept to match keys without decoding.</summary>
    public byte[] IdBytes { get; }

    public ReadOnlySpan<byte> Secret => _secret;

    // The default would print only the type name today, but a debugger display or a future record
    // conversion must never show the secret; say so explicitly.
    public override string ToString() => $"SigningKey {{ Id = {Id} }}";
}
