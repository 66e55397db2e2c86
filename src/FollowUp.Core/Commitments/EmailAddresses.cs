using System.Text;

namespace FollowUp.Core.Commitments;

/// <summary>
/// The one rule for telling owner addresses apart. Mail systems treat addresses case-insensitively
/// in practice, so every place that signs, keys, matches or de-duplicates an address uses the
/// canonical form: trimmed, Unicode NFC, lower-case (invariant). Comparing canonical forms
/// ordinally is the only comparison; <see cref="StringComparison.OrdinalIgnoreCase"/> disagrees
/// with lower-casing on a few characters (the Kelvin sign, for one), and two rules would mean two
/// answers to "is this the same owner".
/// </summary>
public static class EmailAddresses
{
    /// <summary>Compares addresses by their canonical form.</summary>
    public static StringComparer Comparer { get; } = new CanonicalComparer();

    public static string Canonical(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var trimmed = email.Trim();
        return (trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC)).ToLowerInvariant();
    }

    /// <summary>
    /// The canonical address percent-encoded (RFC 3986): how a table keys an owner, since a key may
    /// not hold '/', '\', '#', '?' or control characters. Its length is what
    /// <see cref="CommitmentValidator.MaxTableKeyLength"/> limits.
    /// </summary>
    public static string StorageKey(string email) => Uri.EscapeDataString(Canonical(email));

    public static bool AreSame(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);

    private sealed class CanonicalComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            string.CompareOrdinal(x is null ? null : Canonical(x), y is null ? null : Canonical(y));

        public override bool Equals(string? x, string? y) =>
            ReferenceEquals(x, y) || AreSame(x, y);

        public override int GetHashCode(string obj) =>
            StringComparer.Ordinal.GetHashCode(Canonical(obj));
    }
}
