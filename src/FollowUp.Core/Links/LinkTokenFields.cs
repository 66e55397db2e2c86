using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace FollowUp.Core.Links;

/// <summary>The length-prefixed fields of <see cref="LinkTokenFormat"/> and its one canonical encoding.</summary>
internal static class LinkTokenFields
{
    // Verifying must not throw on data we wrote, and signing must refuse strings that would not read back.
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static int Write(Span<byte> token, int at, string value, int maxBytes, string paramName)
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

    public static bool TryRead(ReadOnlySpan<byte> data, ref int at, int maxBytes, out ReadOnlySpan<byte> field)
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
    public static bool IsCanonical(ReadOnlySpan<char> token, ReadOnlySpan<byte> bytes)
    {
        Span<char> encoded = stackalloc char[LinkTokenFormat.MaxTokenLength];
        return Base64Url.TryEncodeToChars(bytes, encoded, out var written)
            && encoded[..written].SequenceEqual(token);
    }
}
