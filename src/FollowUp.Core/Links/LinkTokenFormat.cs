using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Links;

/// <summary>
/// The bytes of an update-link token and their MAC. Version 2, before Base64Url (no padding):
/// <code>
/// 0x02 | keyIdLength:1 | keyId (ASCII) | expiresAt:8 (UTC ticks, big-endian) | generation:4 (big-endian)
///      | commitmentIdLength:1 | commitmentId (UTF-8) | emailLength:1 | ownerEmail (UTF-8, lower-case)
///      | HMAC-SHA256:32
/// </code>
/// Version 1, which earlier releases issued and which still verifies, is the same without the
/// generation; it reads as generation 0, the generation every owner starts with, so those links
/// keep working until their owner's links are revoked. Every variable field is length-prefixed, so
/// no two different claim sets share a payload. The MAC covers a purpose label and every byte before
/// it, version and key id included: a token cannot be re-labelled with another key id or version,
/// nor a MAC from some other use of the same key accepted. Verifiers reject versions they do not know.
/// </summary>
internal static class LinkTokenFormat
{
    public const byte Version1 = 0x01;

    public const byte Version2 = 0x02;

    /// <summary>Longer strings are rejected before decoding; every token we issue is shorter (at most 510).</summary>
    public const int MaxTokenLength = 512;

    public const int MaxCommitmentIdBytes = Commitment.MaxIdLength;

    /// <summary>RFC 5321's limit, counted in UTF-8 bytes so the length fits one byte.</summary>
    public const int MaxEmailBytes = 254;

    public const int MacBytes = HMACSHA256.HashSizeInBytes;

    private const int MaxPayloadBytes = 1 + 1 + LinkSigningKeys.MaxKeyIdLength + sizeof(long) + sizeof(int)
        + 1 + MaxCommitmentIdBytes + 1 + MaxEmailBytes;

    private const int MaxTokenBytes = MaxPayloadBytes + MacBytes;

    /// <summary>Prefixed to the payload under the MAC only; it is not part of the token.</summary>
    private static ReadOnlySpan<byte> Purpose => "FollowUp/update-link\0"u8;

    public static string Protect(SigningKey key, string commitmentId, string normalizedEmail, int generation, DateTimeOffset expiresAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generation);
        Span<byte> buffer = stackalloc byte[Purpose.Length + MaxTokenBytes];
        Purpose.CopyTo(buffer);
        var token = buffer[Purpose.Length..];

        var at = 0;
        token[at++] = Version2;
        token[at++] = (byte)key.IdBytes.Length;
        key.IdBytes.CopyTo(token[at..]);
        at += key.IdBytes.Length;
        BinaryPrimitives.WriteInt64BigEndian(token[at..], expiresAt.UtcTicks);
        at += sizeof(long);
        BinaryPrimitives.WriteInt32BigEndian(token[at..], generation);
        at += sizeof(int);
        at = LinkTokenFields.Write(token, at, commitmentId, MaxCommitmentIdBytes, nameof(commitmentId));
        at = LinkTokenFields.Write(token, at, normalizedEmail, MaxEmailBytes, "ownerEmail");

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
        if (token.ContainsAnyExcept(LinkTokenFields.Base64UrlAlphabet)
            || Base64Url.DecodeFromChars(token, data, out var consumed, out var length) != OperationStatus.Done
            || consumed != token.Length
            || !LinkTokenFields.IsCanonical(token, data[..length]))
        {
            return false;
        }

        data = data[..length];
        var at = 0;
        var version = data.Length < 1 ? (byte)0 : data[at++];
        if (version is not (Version1 or Version2))
        {
            return false;
        }

        var fixedBytes = sizeof(long) + (version == Version2 ? sizeof(int) : 0);
        if (!LinkTokenFields.TryRead(data, ref at, LinkSigningKeys.MaxKeyIdLength, out var keyId)
            || data.Length - at < fixedBytes)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(data[at..]);
        at += sizeof(long);
        var generation = 0;
        if (version == Version2)
        {
            generation = BinaryPrimitives.ReadInt32BigEndian(data[at..]);
            at += sizeof(int);
        }

        if (!LinkTokenFields.TryRead(data, ref at, MaxCommitmentIdBytes, out var commitmentId)
            || !LinkTokenFields.TryRead(data, ref at, MaxEmailBytes, out var email)
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
        if (ticks is < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks || generation < 0)
        {
            return false;
        }

        try
        {
            claims = new LinkClaims(
                LinkTokenFields.StrictUtf8.GetString(commitmentId),
                LinkTokenFields.StrictUtf8.GetString(email),
                new DateTimeOffset(ticks, TimeSpan.Zero),
                key.Id,
                generation);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
