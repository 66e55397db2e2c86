using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

public sealed class DigestRendererTests
{
    private readonly DigestRenderer _renderer = new();

    [Fact]
    public void SubjectCountsCommitmentsAndNamesTheOverdueOnes()
    {
        var rendered = _renderer.Render(Mixed());

        Assert.Equal("2 commitments need your update — 1 overdue", rendered.Subject);
    }

    [Fact]
    public void SubjectForOneItemDueTodayIsSingular()
    {
        var rendered = _renderer.Render(Of(Item(Commitment("a", "A", Today), ReminderStage.Due)));

        Assert.Equal("1 commitment needs your update — due today", rendered.Subject);
    }

    [Fact]
    public void SubjectForOneOverdueItemSaysHowLate()
    {
        var rendered = _renderer.Render(Of(Item(Commitment("a", "A", Today.AddDays(-1)), ReminderStage.Overdue)));

        Assert.Equal("1 commitment needs your update — overdue by 1 day", rendered.Subject);
    }

    [Fact]
    public void SubjectForSeveralUpcomingItemsNamesTheNearestDueDate()
    {
        var rendered = _renderer.Render(Of(
            Item(Commitment("a", "A", Today.AddDays(14)), ReminderStage.Upcoming),
            Item(Commitment("b", "B", Today.AddDays(3)), ReminderStage.Upcoming)));

        Assert.Equal("2 commitments need your update — next due in 3 days", rendered.Subject);
    }

    [Fact]
    public void SubjectForSeveralDueItemsCountsThem()
    {
        var rendered = _renderer.Render(Of(
            Item(Commitment("a", "A", Today), ReminderStage.Due),
            Item(Commitment("b", "B", Today), ReminderStage.Due),
            Item(Commitment("c", "C", Today.AddDays(3)), ReminderStage.Upcoming)));

        Assert.Equal("3 commitments need your update — 2 due today", rendered.Subject);
    }

    [Theory]
    [InlineData(ReminderStage.Overdue, -15, "Overdue by 15 days")]
    [InlineData(ReminderStage.Due, 0, "Due today")]
    [InlineData(ReminderStage.Upcoming, 3, "Due in 3 days")]
    [InlineData(ReminderStage.Upcoming, 1, "Due tomorrow")]
    public void StageIsPutInWordsFromTheOwnersDate(ReminderStage stage, int dueOffset, string expected)
    {
        var rendered = _renderer.Render(Of(Item(Commitment("a", "A", Today.AddDays(dueOffset)), stage)));

        Assert.Equal(expected, rendered.Model.Items[0].StageText);
        Assert.Contains(expected, rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(expected, rendered.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleItemSaysHowLongSinceTheLastUpdateInTheOwnersZone()
    {
        // 19:30 UTC on 14 Feb is already 15 Feb in Karachi (UTC+5): 29 days before 16 March, not 30.
        var lastUpdate = new DateTimeOffset(2026, 2, 14, 19, 30, 0, TimeSpan.Zero);
        var rendered = _renderer.Render(Of(Item(Commitment("a", "A", Today.AddDays(60), lastUpdate: lastUpdate), ReminderStage.Stale)));

        Assert.Equal("No update for 29 days", rendered.Model.Items[0].StageText);
        Assert.Equal("1 commitment needs your update — no update for 29 days", rendered.Subject);
    }

    [Fact]
    public void EachItemShowsItsFactsAndItsOwnUpdateLink()
    {
        var rendered = _renderer.Render(Mixed());

        foreach (var body in new[] { rendered.HtmlBody, rendered.TextBody })
        {
            Assert.Contains("pak-aze-jc8", body, StringComparison.Ordinal);
            Assert.Contains("1 March 2026", body, StringComparison.Ordinal);
            Assert.Contains("19 March 2026", body, StringComparison.Ordinal);
            Assert.Contains("In progress", body, StringComparison.Ordinal);
            Assert.Contains("40% complete", body, StringComparison.Ordinal);
            Assert.Contains(AzerbaijaniMinistry, body, StringComparison.Ordinal);
        }

        Assert.Contains($"href=\"https://followup.example.org/u/visa-regime?t={LinkToken}&amp;k=k1\"", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://followup.example.org/u/trade-accord?t={LinkToken}&amp;k=k1\"", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"https://followup.example.org/u/visa-regime?t={LinkToken}&k=k1", rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://followup.example.org/u/trade-accord?t={LinkToken}&k=k1", rendered.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void CounterpartsAreTheOtherOwnersNotTheRecipient()
    {
        var rendered = _renderer.Render(Mixed());

        Assert.Equal([AzerbaijaniMinistry], rendered.Model.Items[0].Counterparts);
    }

    [Fact]
    public void EscalatedItemSaysTheSecretariatHasBeenToldHowLateItIs()
    {
        var rendered = _renderer.Render(Mixed());

        const string Notice = "The secretariat has been told that this commitment is 15 days overdue.";
        Assert.Contains(Notice, rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(Notice, rendered.TextBody, StringComparison.Ordinal);
        Assert.Null(rendered.Model.Items[1].EscalationNotice);
        Assert.Equal(1, CountOf(rendered.TextBody, "secretariat has been told"));
        Assert.DoesNotContain("copied", rendered.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("copied", rendered.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void HtmlBodyEncodesHostileTextEverywhereItAppears()
    {
        var digest = Mixed() with { Ministry = Hostile };
        var rendered = _renderer.Render(digest);

        Assert.DoesNotContain("<script>", rendered.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"Quotes\"", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("& Co", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;Quotes&quot; &amp; Co", rendered.HtmlBody, StringComparison.Ordinal);

        // Title, ministry (greeting and footer), preheader and the link's accessible name: five places.
        Assert.Equal(5, CountOf(rendered.HtmlBody, "&lt;script&gt;"));
    }

    [Fact]
    public void HtmlBodyKeepsUrduAndAzerbaijaniLettersReadable()
    {
        var rendered = _renderer.Render(Mixed());

        Assert.Contains(UrduTitle, rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(AzerbaijaniMinistry, rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"<h2 dir=\"auto\"", rendered.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void TextBodyShowsHostileTextVerbatimBecauseItIsNotMarkup()
    {
        var rendered = _renderer.Render(Mixed());

        Assert.Contains(Hostile, rendered.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", rendered.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlBodyUsesNoExternalAssetsOrStyleSheets()
    {
        var html = _renderer.Render(Mixed()).HtmlBody;

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateLinkThatIsNotAWebAddressIsRefused()
    {
        var item = Item(Commitment("a", "A", Today), ReminderStage.Due) with { UpdateLink = new Uri("javascript:alert(1)") };

        Assert.Throws<ArgumentException>(() => _renderer.Render(Of(item)));
    }

    [Fact]
    public void StatusIsWorded()
    {
        var rendered = _renderer.Render(Of(Item(Commitment("a", "A", Today, CommitmentStatus.NotStarted, 0), ReminderStage.Due)));

        Assert.Contains("Not started", rendered.TextBody, StringComparison.Ordinal);
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
