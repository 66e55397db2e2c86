using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

/// <summary>An escalation names the owners FollowUp cannot reach, with SendGrid's reason and the date, encoded.</summary>
public sealed class EscalationUnreachableOwnerTests
{
    private static readonly DateTimeOffset BouncedAt = new(2026, 3, 10, 21, 0, 0, TimeSpan.Zero);

    private readonly EscalationRenderer _renderer = new();

    private static Escalation WithUnreachable(string reason)
    {
        var mixed = TestEscalations.Mixed();
        var first = mixed.Items[0] with { Unreachable = [new ContactHealth(Owner, ContactState.Bounced, reason, BouncedAt, "bounce", BouncedAt)] };
        return mixed with { Items = [first, mixed.Items[1]] };
    }

    [Fact]
    public void BothBodiesNameTheUnreachableOwnerItsReasonAndTheDateInTheMessagesZone()
    {
        var rendered = _renderer.Render(WithUnreachable("550 5.1.1 no such user"));

        Assert.Contains($"{Owner}: 550 5.1.1 no such user (since 11 March 2026)", rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains("550 5.1.1 no such user</span> (since 11 March 2026)", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.All([rendered.TextBody, rendered.HtmlBody], b => Assert.Single(b.Split("Cannot be reached by email").Skip(1)));
    }

    [Fact]
    public void TheReasonIsHtmlEncoded()
    {
        var rendered = _renderer.Render(WithUnreachable(Hostile));

        Assert.DoesNotContain("<script>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", rendered.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void WithEveryOwnerReachableNothingIsSaidOfIt()
    {
        var rendered = _renderer.Render(TestEscalations.Mixed());

        Assert.DoesNotContain("Cannot be reached", rendered.HtmlBody + rendered.TextBody, StringComparison.Ordinal);
    }
}
