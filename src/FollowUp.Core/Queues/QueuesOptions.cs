using System.ComponentModel.DataAnnotations;

namespace FollowUp.Core.Queues;

/// <summary>
/// The delivery and shard queues, bound from <c>FollowUp:Queues</c>. The queue-triggered functions read
/// the names as <c>%FollowUp:Queues:DigestQueue%</c> and <c>%FollowUp:Queues:ShardQueue%</c>; the platform
/// moves a message that failed <c>maxDequeueCount</c> times (host.json) to <c>{name}-poison</c>.
/// </summary>
public sealed class QueuesOptions
{
    /// <summary>Queue names: 3-63 lower-case letters, digits and single dashes; 56 at most here, so that "-poison" still fits.</summary>
    internal const string NamePattern = "^(?=.{3,56}$)[a-z0-9]+(-[a-z0-9]+)*$";

    [Required]
    [RegularExpression(NamePattern, ErrorMessage = "FollowUp:Queues:DigestQueue is 3-56 lower-case letters, digits and single dashes, starting and ending with a letter or digit.")]
    public string DigestQueue { get; set; } = "followup-digests";

    public string PoisonQueue => DigestQueue + "-poison";

    /// <summary>
    /// How the timer plans: 0 (the default) reads every open commitment in the timer itself; 1-64 puts
    /// that many shard messages on <see cref="ShardQueue"/>, each planned from the owner index by its own
    /// invocation. Run <c>followup reindex</c> once before turning it on.
    /// </summary>
    /// <remarks>Checked by <see cref="QueuesOptionsValidator"/>, whose message names the setting.</remarks>
    public int Shards { get; set; }

    [Required]
    [RegularExpression(NamePattern, ErrorMessage = "FollowUp:Queues:ShardQueue is 3-56 lower-case letters, digits and single dashes, starting and ending with a letter or digit.")]
    public string ShardQueue { get; set; } = "followup-shards";

    public string ShardPoisonQueue => ShardQueue + "-poison";
}
