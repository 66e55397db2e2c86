using FollowUp.Core.Commitments;

namespace FollowUp.Tests.Commitments;

public sealed class IanaZonesTests
{
    [Fact]
    public void AnIanaIdResolvesToTheSameZoneEveryTime()
    {
        Assert.True(IanaZones.TryFind("Asia/Baku", out var first));
        Assert.True(IanaZones.TryFind("Asia/Baku", out var second));

        Assert.Same(first, second);
        Assert.Equal(TimeSpan.FromHours(4), first.GetUtcOffset(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("Azerbaijan Standard Time")]
    [InlineData("Pakistan Standard Time")]
    [InlineData("Asia/Nowhere")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AWindowsIdOrAnUnknownIdIsRefusedEvenWhenAsked(string? id)
    {
        // Asked twice: a refusal must not be remembered as a success, nor a success elsewhere leak in.
        Assert.True(IanaZones.TryFind("Asia/Karachi", out _));
        Assert.False(IanaZones.TryFind(id, out _));
        Assert.False(IanaZones.TryFind(id, out var zone));
        Assert.Same(TimeZoneInfo.Utc, zone);
    }
}
