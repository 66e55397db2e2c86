using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Links;

/// <summary>
/// The bytes of an update-link token and their MAC. Version 1, before Base64Url (no padding):
/// <code>
/// 0x01 | keyIdLength:1 | keyId (ASCII) | expiresAt:8 (UTC ticks, big-endian)
///      | commitmentIdLength:1 | commitmentId (UTF-8) | emailLength:1 | ownerEmail (UTF-8, lower-case)
///      | HMAC-SHA256:32
/// </code>
/// Every variable field is length-prefixed, so no two different claim sets share a payload. The MAC
/// covers a purpose label and every byte before it, version and key id included: a token cannot be
/// re-labelled with another key id or version, nor a MAC from some other use of the same key accepted.
/// A new format gets a new version byte; verifiers reject versions they do not know.
/// </summary>
internal static class LinkTokenFormat
{
    public const byte Version1 = 0x01;

    /// <summary>Longer strings are rejected before decoding; every token we issue is shorter (at most 504).</summary>
    public const int MaxTokenLength = 512;

    public const int MaxCommitmentIdBytes = Commitment.MaxIdLength;

    /// <summary>RFC 5321's limit, counted in UTF-8 bytes so the length fits one byte.</summary>
    public const int MaxEmailBytes = 254;

    public const int MacBytes = HMACSHA256.HashSizeInBytes;

    private const int MaxPayloadBytes = 1 + 1 + LinkSigningKeys.MaxKeyIdLength + sizeof(long)
        + 1 + MaxCommitmentIdBytes + 1 + MaxEmailBytes;

    private const int MaxTokenBytes = MaxPayloadBytes + MacBytes;

    // Verifying must not throw on data we wrote, and signing must refuse strings that would not read back.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Prefixed to the payload under the MAC only; it is not part of the token.</summary>
    private static ReadOnlySpan<byte> Purpose => "FollowUp/update-link\0"u8;

    public static string Protect(SigningKey key, string commitmentId, string normalizedEmail, DateTimeOffset expiresAt)
    {
        Span<byte> buffer = stackalloc byte[Purpose.Length + MaxTokenBytes];
        Purpose.CopyTo(buffer);
        var token = buffer[Purpose.Length..];

        var at = 0;
        token[at++] = Version1;
        token[at++] = (byte)key.IdBytes.Length;
        key.IdBytes.CopyTo(token[at..]);
        at += key.IdBytes.Length;
        BinaryPrimitives.WriteInt64BigEndian(token[at..], expiresAt.UtcTicks);
        at += sizeof(long);
        at = WriteField(token, at, commitmentId, MaxCommitmentIdBytes, nameof(commitmentId));
        at = WriteField(token, at, normalizedEmail, MaxEmailBytes, "ownerEmail");

        HMACSHA256.HashData(key.Secret, buffer[..(Purpose.Length + at)], token.Slice(at, MacBytes));
        at += MacBytes;
        return Base64Url.EncodeToString(token[..at]);
    }

    /// <summary>
    /// Reads an authentic token's claims, expired or not. Returns false for anything we did not sign
    /// with one of <paramref name="keys"/>, without saying why.
    /// </summary>
    public static bool TryUnprotect(ReadOnlySpan<char> token, LinkSigningKeys keys, [NotNullWhen(true)] out LinkClaims? claims)
    {
        claims = null;

        // Checked first, so an attacker's megabyte costs a length comparison and nothing else.
        if (token.IsEmpty || token.Length > MaxTokenLength)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[Purpose.Length + MaxTokenBytes];
        Purpose.CopyTo(buffer);
        var data = buffer[Purpose.Length..];

        // Base64Url.TryDecodeFromChars throws on characters outside the alphabet, and decoders skip
        // whitespace; screen the text first so no input can throw or have two spellings.
        if (token.ContainsAnyExcept(Base64UrlAlphabet)
            || Base64Url.DecodeFromChars(token, data, out var consumed, out var length) != OperationStatus.Done
            || consumed != token.Length
            || !IsCanonical(token, data[..length]))
        {
            return false;
        }

        data = data[..length];
        var at = 0;
        if (data.Length < 1 || data[at++] != Version1)
        {
            return false;
        }

        if (!TryReadField(data, ref at, LinkSigningKeys.MaxKeyIdLength, out var keyId)
            || data.Length - at < sizeof(long))
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(data[at..]);
        at += sizeof(long);
        if (!TryReadField(data, ref at, MaxCommitmentIdBytes, out var commitmentId)
            || !TryReadField(data, ref at, MaxEmailBytes, out var email)
            || data.Length - at != MacBytes)
        {
            return false;
        }

        var key = keys.Find(keyId);
        if (key is null)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[MacBytes];
        HMACSHA256.HashData(key.Secret, buffer[..(Purpose.Length + at)], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, data[at..]))
        {
            return false;
        }

        // Authentic from here on: these checks only guard against our own bugs, never an attacker.
        if (ticks is < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        try
        {
            claims = new LinkClaims(
                StrictUtf8.GetString(commitmentId),
                StrictUtf8.GetString(email),
                new DateTimeOffset(ticks, TimeSpan.Zero),
                key.Id);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int WriteField(Span<byte> token, int at, string value, int maxBytes, string paramName)
    {
        int count;
        try
        {
            count = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException)
        {
            throw new ArgumentException("The value is not well-formed Unicode.", paramName);
        }

        if (count == 0 || count > maxBytes)
        {
            // The value itself is left out: an owner address is personal data.
            throw new ArgumentException($"The value must be 1 to {maxBytes} bytes in UTF-8.", paramName);
        }

        token[at++] = (byte)count;
        return at + StrictUtf8.GetBytes(value, token[at..]);
    }

    private static bool TryReadField(ReadOnlySpan<byte> data, ref int at, int maxBytes, out ReadOnlySpan<byte> field)
    {
        field = default;
        if (data.Length - at < 1)
        {
            return false;
        }

        int count = data[at];
        if (count == 0 || count > maxBytes || data.Length - at - 1 < count)
        {
            return false;
        }

        field = data.Slice(at + 1, count);
        at += 1 + count;
        return true;
    }

    /// <summary>
    /// True when <paramref name="token"/> is the one encoding of <paramref name="bytes"/>. Today's
    /// decoder already rejects stray low bits in the last character, but that is not documented; a
    /// decoder that ignored them would let several strings stand for one token (malleable tokens,
    /// caches and logs disagreeing), so the format does not rely on it.
    /// </summary>
    private static bool IsCanonical(ReadOnlySpan<char> token, ReadOnlySpan<byte> bytes)
    {
        Span<char> encoded = stackalloc char[MaxTokenLength];
        return Base64Url.TryEncodeToChars(bytes, encoded, out var written)
            && encoded[..written].SequenceEqual(token);
    }
}
