namespace FollowUp.Tests.Updates;

/// <summary>One request to an owner route as a browser or a client sends it; <see cref="ProgressTestContext"/> puts it on the wire.</summary>
public sealed record ProgressRequest
{
    public required string Method { get; init; }

    public ProgressRoute Route { get; init; } = ProgressRoute.Progress;

    public string? CommitmentId { get; init; }

    /// <summary>The <c>token</c> query value; none when null.</summary>
    public string? Token { get; init; }

    /// <summary>Adds <c>done=1</c> to the query.</summary>
    public bool Done { get; init; }

    public string? Accept { get; init; }

    public string? ContentType { get; init; }

    public long? ContentLength { get; init; }

    public Stream? Body { get; init; }
}
