using FollowUp.Core.Updates;

namespace FollowUp.Web.Updates;

/// <summary>What reading an update's body gave: the submission, or the transport problem that stopped it.</summary>
internal abstract record BodyRead
{
    private BodyRead()
    {
    }

    public sealed record Read(ProgressSubmission Submission) : BodyRead;

    /// <summary>Neither a UTF-8 form nor JSON (415).</summary>
    public sealed record UnsupportedType : BodyRead;

    /// <summary>Over <see cref="OwnerRequestBody.MaxBytes"/>, announced or read (413).</summary>
    public sealed record TooLarge : BodyRead;

    /// <summary>The connection broke off mid-body (400).</summary>
    public sealed record Unreadable : BodyRead;
}
