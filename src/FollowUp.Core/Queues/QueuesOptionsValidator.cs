using System.Globalization;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Queues;

/// <summary>The one place <c>FollowUp:Queues:Shards</c>'s range lives: 0, or 1 to the owner index's bucket count.</summary>
public sealed class QueuesOptionsValidator : IValidateOptions<FollowUpOptions>
{
    public ValidateOptionsResult Validate(string? name, FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shards = options.Queues.Shards;
        return shards is >= 0 and <= OwnerIndexKeys.Buckets
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"FollowUp:Queues:Shards is {shards}: it is 0 (the timer reads every open commitment) or 1-{OwnerIndexKeys.Buckets} (shard messages planned from the owner index)."));
    }
}
