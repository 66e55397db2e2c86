using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using Microsoft.Extensions.Options;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

public sealed class FreshLinkSenderTests
{
    public static TheoryData<SendResult, bool> Outcomes => new()
    {
        { new SendResult.Accepted("m"), true },
        { new SendResult.Sandboxed("m"), true },

        // It may be on its way: the owner waits for the cooldown rather than get a second copy.
        { new SendResult.Unknown("timed out"), true },
        { new SendResult.Refused("400"), false },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task OnlyARefusalLetsTheOwnerAskAgainAtOnce(SendResult outcome, bool expected)
    {
        var transport = new FixedTransport(outcome);
        var sender = new FreshLinkSender(transport, Options.Create(new FollowUpOptions()));
        var commitment = Commitment("visa-regime", Hostile, Today);

        var sent = await sender.SendAsync(commitment, commitment.Owners[0], Link(commitment.Id));

        Assert.Equal(expected, sent);
        var message = Assert.Single(transport.Sent);
        Assert.Equal(new EmailRecipient(Owner, OwnerMinistry), message.To);
        Assert.Contains(Link(commitment.Id).AbsoluteUri, message.TextBody, StringComparison.Ordinal);
    }

    private sealed class FixedTransport(SendResult outcome) : IEmailTransport
    {
        public List<EmailMessage> Sent { get; } = [];

        public Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            Sent.Add(message);
            return Task.FromResult(outcome);
        }
    }
}
