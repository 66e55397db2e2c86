using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using FollowUp.Tests.Reminders;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Delivery;

/// <summary>The scan with SendGrid's events fed in beside it, through the same store the webhook writes to.</summary>
internal static class DeliveryScan
{
    /// <summary>Monday 30 November 2026, 10:00 in Karachi.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(5));

    public static readonly ResponsibleParty Commerce = new("Ministry of Commerce", "commerce.pk@example.org", "Asia/Karachi", OwnerRole.Lead);

    public const string Secretariat = "jc-secretariat@example.org";

    /// <summary>A harness whose webhook is configured (so the grace period applies) unless <paramref name="webhook"/> is false.</summary>
    public static async Task<ScanHarness> OneOwnerAsync(AzuriteStorage azurite, bool webhook = true)
    {
        using var signer = new WebhookSigner();
        var key = signer.PublicKey;
        var h = new ScanHarness(azurite, Monday, s =>
        {
            if (webhook)
            {
                s.PostConfigure<FollowUpOptions>(o => o.Email.EventWebhookPublicKey = key);
            }
        });

        // First overdue reminder today; escalated (due+15) so the secretariat hears of it too.
        await h.SeedAsync(TestCommitments.Bilateral("pta-implementation-plan", new DateOnly(2026, 11, 15)) with { Owners = [Commerce] });
        return h;
    }

    /// <summary>Records one event for the last message the owner was sent, under the claim it carried.</summary>
    public static Task EventAsync(ScanHarness h, string name, DateTimeOffset at, string? claimId = null, string? reason = null, string? type = null, string to = "commerce.pk@example.org") =>
        h.Get<IDeliveryEventStore>().RecordAsync(
        [
            new DeliveryEvent(Guid.NewGuid().ToString("N"), to, name, at, "sg-1", reason, type, Core.Email.MessageKind.Digest, new DateOnly(2026, 11, 30), claimId ?? h.Sender.ClaimIds[to], "run"),
        ]);
}
