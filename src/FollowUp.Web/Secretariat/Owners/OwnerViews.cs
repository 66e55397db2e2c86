using FollowUp.Core.Commitments;
using FollowUp.Core.Secretariat;
using FollowUp.Core.Secretariat.Owners;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>A ministry's page model from what <see cref="OwnerDetail"/> found.</summary>
internal static class OwnerViews
{
    public static OwnerPageModel Page(OwnerFacts facts, SecretariatUrls urls, NoticeView? notice)
    {
        var owner = facts.Owner;
        var contact = facts.Contact;
        var updated = facts.LastUpdateCommitmentId is { } id ? facts.Commitments.First(r => r.Facts.Commitment.Id == id).Facts.Commitment : null;
        return new OwnerPageModel(
            owner.Ministry, owner.Email, owner.Country, owner.TimeZone,
            CommitmentViews.DeliveryLabel(contact),
            contact.Since is { } since ? SecretariatViews.Iso(since) : null,
            contact.Since is { } s ? SecretariatViews.Label(s) : null,
            facts.LastUpdate is { } u ? SecretariatViews.Iso(u.At) : null,
            facts.LastUpdate is { } l ? SecretariatViews.Label(l.At) : null,
            updated is null ? null : urls.Commitment(updated.Id),
            updated?.Title,
            facts.LastUpdate?.Note,
            urls.List(new CommitmentFilter(Owner: owner.Email)),
            [.. facts.Commitments.Select(r => Row(r, owner.Email, urls))],
            notice);
    }

    private static OwnerCommitmentRow Row(ListedCommitment row, string email, SecretariatUrls urls)
    {
        var c = row.Facts.Commitment;
        var role = c.FindOwner(email)?.Role ?? OwnerRole.Lead;
        return new(urls.Commitment(c.Id), c.Title, c.Commission, StatusLabels.For(role), IsoDate.Format(c.DueDate), StatusLabels.For(c.Status), c.Progress, row.Facts.DaysOverdue, row.RemindersSent);
    }
}
