using System.Net;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

public sealed class SendGridPayloadTests
{
    [Fact]
    public void CustomArgsStayUnderTenThousandBytesAndSayHowManyIdsWereLeftOut()
    {
        var ids = Enumerable.Range(0, 300).Select(i => $"{i:D3}-" + new string('x', 60)).ToList();

        var args = new MessageTracking(MessageKind.Digest, "run-1", Today, ids).Fields();

        Assert.InRange(MessageTracking.SerializedSize(args), 9_000, MessageTracking.MaxBytes - 1);
        var listed = args["commitment_ids"].Split(',');
        Assert.StartsWith("000-", listed[0], StringComparison.Ordinal);
        Assert.Matches(@"^\+\d+ more$", listed[^1]);
        Assert.Equal(300, listed.Length - 1 + int.Parse(listed[^1][1..^5], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CustomArgsListEveryIdWhenTheyFit()
    {
        var args = new MessageTracking(MessageKind.Digest, "run-1", Today, ["visa-regime", "trade-accord"]).Fields();

        Assert.Equal("visa-regime,trade-accord", args["commitment_ids"]);
        Assert.Equal("2", args["item_count"]);
    }

    [Fact]
    public void CategoriesNameTheKindOfEmailAndEachStageOnce()
    {
        var digest = Of(
            Item(Commitment("a", "A", Today.AddDays(-9)), ReminderStage.Overdue),
            Item(Commitment("b", "B", Today.AddDays(-2)), ReminderStage.Overdue),
            Item(Commitment("c", "C", Today), ReminderStage.Due),
            Item(Commitment("d", "D", Today.AddDays(40)), ReminderStage.Stale));

        var categories = SendGridPayload.Categories(DigestSender.Categories(digest));

        Assert.Equal(["followup", "digest", "overdue", "due", "stale"], categories);
        Assert.InRange(categories.Count, 1, SendGridPayload.MaxCategories);
        Assert.All(categories, c => Assert.InRange(c.Length, 1, SendGridPayload.MaxCategoryLength));
    }

    [Fact]
    public void ErrorTextQuotesABodyThatIsNotSendGridsJson()
    {
        var text = SendGridErrorText.Describe(HttpStatusCode.BadGateway, "<html>upstream down</html>");

        Assert.Equal("SendGrid answered 502 BadGateway: <html>upstream down</html>", text);
    }

    [Fact]
    public void ErrorTextJoinsEveryMessageSendGridGave()
    {
        var text = SendGridErrorText.Describe(
            HttpStatusCode.BadRequest,
            """{"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from"},{"message":"Invalid type.","field":null}]}""");

        Assert.Equal(
            "SendGrid answered 400 BadRequest: The from address does not match a verified Sender Identity. (field: from); Invalid type.",
            text);
    }

    [Fact]
    public void ErrorTextWithoutABodyStillNamesTheStatus()
    {
        Assert.Equal("SendGrid answered 401 Unauthorized", SendGridErrorText.Describe(HttpStatusCode.Unauthorized, ""));
    }
}
