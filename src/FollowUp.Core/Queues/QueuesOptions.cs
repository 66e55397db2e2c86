using System.ComponentModel.DataAnnotations;

namespace FollowUp.Core.Queues;

/// <summary>
/// The delivery queue, bound from <c>FollowUp:Queues</c>. The queue-triggered function reads the
/// name as <c>%FollowUp:Queues:DigestQueue%</c>; the platform moves a message that failed
/// <c>maxDequeueCount</c> times (host.json) to <c>{DigestQueue}-poison</c>.
/// </summary>
public sealed class QueuesOptions
{
    /// <summary>Queue names: 3-63 lower-case letters, digits and single dashes; 56 at most here, so that "-poison" still fits.</summary>
    internal const string NamePattern = "^(?=.{3,56}$)[a-z0-9]+(-[a-z0-9]+)*$";

    [Required]
    [RegularExpression(NamePattern, ErrorMessage = "FollowUp:Queues:DigestQueue is 3-56 lower-case letters, digits and single dashes, starting and ending with a letter or digit.")]
    public string DigestQueue { get; set; } = "followup-digests";

    public string PoisonQueue => DigestQueue + "-poison";
}
