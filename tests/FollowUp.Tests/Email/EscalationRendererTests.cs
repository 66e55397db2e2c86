using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Email.TestDigests;
using static FollowUp.Tests.Email.TestEscalations;

namespace FollowUp.Tests.Email;

public sealed class EscalationRendererTests
{
    private readonly EscalationRenderer _renderer = new();

    [Fact]
    public void SubjectCountsTheEscalatedCommitmentsAndSaysHowLateTheLatestIs()
    {
        var rendered = _renderer.Render(TestEscalations.Mixed());

        Assert.Equal("2 overdue commitments are escalated to you — up to 22 days overdue", rendered.Subject);
    }

    [Fact]
    public void SubjectForOneCommitmentSaysHowLateItIs()
    {
        var only = TestEscalations.Mixed() with { Items = [TestEscalations.Mixed().Items[1]] };

        Assert.Equal("1 overdue commitment is escalated to you — 15 days overdue", _renderer.Render(only).Subject);
    }

    [Fact]
    public void EachItemSaysWhoseItIsHowLateAndWhereItStands()
    {
        var rendered = _renderer.Render(TestEscalations.Mixed());

        foreach (var body in new[] { rendered.HtmlBody, rendered.TextBody })
        {
            Assert.Contains("pak-aze-jc8", body, StringComparison.Ordinal);
            Assert.Contains("22 February 2026", body, StringComparison.Ordinal);
            Assert.Contains("Overdue by 22 days", body, StringComparison.Ordinal);
            Assert.Contains("Overdue by 15 days", body, StringComparison.Ordinal);
            Assert.Contains("In progress, 40% complete", body, StringComparison.Ordinal);
            Assert.Contains($"({Owner})", body, StringComparison.Ordinal);
            Assert.Contains(AzerbaijaniMinistry, body, StringComparison.Ordinal);
            Assert.Contains("(iqtisadiyyat@economy.gov.az)", body, StringComparison.Ordinal);
            Assert.Contains($"({HealthAddress})", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LastReportGivesItsDateInTheMessagesZoneItsAuthorsMinistryAndItsNote()
    {
        // 20:30 UTC on 1 March is already 2 March in Karachi; the report recorded the author's address in capitals.
        var rendered = _renderer.Render(TestEscalations.Mixed());

        const string Report = $"Last report: 2 March 2026 by {OwnerMinistry} ({Owner})";
        Assert.Contains(Report, rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(Report, rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains(Note, rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains("Draft circulated to the counterpart;", rendered.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void CommitmentNeverReportedOnSaysNoUpdateYet()
    {
        var model = EscalationRenderer.CreateModel(TestEscalations.Mixed());
        var rendered = _renderer.Render(TestEscalations.Mixed());

        Assert.False(model.Items[1].HasReport);
        Assert.Equal(1, CountOf(rendered.TextBody, "No update yet"));
        Assert.Equal(1, CountOf(rendered.HtmlBody, "No update yet"));
    }

    [Fact]
    public void NoLinkAndNoTokenAppearAnywhere()
    {
        var rendered = _renderer.Render(TestEscalations.Mixed());

        foreach (var text in new[] { rendered.Subject, rendered.HtmlBody, rendered.TextBody })
        {
            Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("token", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(LinkToken, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<a", rendered.HtmlBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void HtmlBodyEncodesHostileTextAndKeepsUrduReadableRightToLeft()
    {
        var mixed = TestEscalations.Mixed();
        var hostileOwner = mixed.Items[0].Owners[0] with { Ministry = Hostile };
        var hostile = mixed with { Items = [mixed.Items[0] with { Owners = [hostileOwner] }, mixed.Items[1]] };
        var rendered = _renderer.Render(hostile);

        Assert.DoesNotContain("<script>", rendered.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;Quotes&quot; &amp; Co", rendered.HtmlBody, StringComparison.Ordinal);

        // The title (preheader and heading of its item) and the owner's ministry: three places.
        Assert.Equal(3, CountOf(rendered.HtmlBody, "&lt;script&gt;"));
        Assert.Contains($"<h2 dir=\"auto\" style=\"margin:0 0 12px 0;font-size:18px;line-height:1.3;color:#101828;\">{UrduTitle}</h2>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(Hostile, rendered.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void EscalationWithoutItemsIsRefused()
    {
        Assert.Throws<ArgumentException>(() => _renderer.Render(new Escalation(Secretariat, "Asia/Karachi", Today, [])));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
