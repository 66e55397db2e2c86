using System.Collections.Concurrent;
using FollowUp.Core.Commitments;
using FollowUp.Core.Updates;

namespace FollowUp.Tests.Updates;

/// <summary>Records every fresh link instead of emailing it; can be told to fail.</summary>
internal sealed class FakeFreshLinkSender : IFreshLinkSender
{
    public ConcurrentQueue<(Commitment Commitment, ResponsibleParty Owner, Uri Link)> Sent { get; } = new();

    public bool Accept { get; set; } = true;

    /// <summary>Runs as each send starts, after its claim.</summary>
    public Action? BeforeSend { get; set; }

    public async Task<bool> SendAsync(Commitment commitment, ResponsibleParty owner, Uri link, string? claimId = null, CancellationToken cancellationToken = default)
    {
        // A real provider takes a while; yielding lets simultaneous requests overlap as they would.
        await Task.Yield();
        BeforeSend?.Invoke();
        if (Accept)
        {
            Sent.Enqueue((commitment, owner, link));
        }

        return Accept;
    }
}
