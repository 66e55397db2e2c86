using FollowUp.Core.Commitments;

namespace FollowUp.Tests.Commitments;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("Trade.PK@Example.org", "trade.pk@example.org")]
    [InlineData("  trade.pk@example.org ", "trade.pk@example.org")]
    [InlineData("e\u0301conomie@example.org", "\u00e9conomie@example.org")]
    public void CanonicalFormIsTrimmedComposedAndLowerCase(string written, string canonical) =>
        Assert.Equal(canonical, EmailAddresses.Canonical(written));

    [Fact]
    public void ComparerAgreesWithTheCanonicalFormWhereIgnoreCaseDoesNot()
    {
        // U+212A KELVIN SIGN lower-cases to 'k', but OrdinalIgnoreCase does not equate it with 'k'.
        const string kelvin = "\u212Aey@example.org";
        Assert.False(string.Equals(kelvin, "key@example.org", StringComparison.OrdinalIgnoreCase));
        Assert.True(EmailAddresses.Comparer.Equals(kelvin, "key@example.org"));
        Assert.Equal(EmailAddresses.Comparer.GetHashCode(kelvin), EmailAddresses.Comparer.GetHashCode("KEY@example.org"));
    }

    [Fact]
    public void DifferentAddressesStayDifferent() =>
        Assert.False(EmailAddresses.AreSame("trade.pk@example.org", "trade.az@example.org"));
}
