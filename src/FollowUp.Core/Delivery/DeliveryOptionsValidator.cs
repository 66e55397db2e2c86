using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Delivery;

/// <summary>Stops start-up when the Event Webhook's verification key is set but is not a P-256 public key, naming the setting.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = options.Email.EventWebhookPublicKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            return ValidateOptionsResult.Success;
        }

        if (!EventWebhookSignature.TryImport(key, out var imported))
        {
            return ValidateOptionsResult.Fail(
                "FollowUp:Email:EventWebhookPublicKey must be the base64 verification key SendGrid shows under Mail Settings > Signed Event Webhook (an ECDSA P-256 public key).");
        }

        imported!.Dispose();
        return ValidateOptionsResult.Success;
    }
}
