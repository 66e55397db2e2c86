using FollowUp.Core.Links;

namespace FollowUp.Core.Updates;

/// <summary>
/// One HTTP request to an owner's route, as a host hands it over: values copied straight from the
/// host's request object, the body left unread so that <see cref="ProgressEndpoint"/> can refuse an
/// oversized one without buffering it.
/// </summary>
public sealed record ProgressRequest
{
    /// <summary>The HTTP method, e.g. <c>GET</c> or <c>POST</c>, in any case.</summary>
    public required string Method { get; init; }

    public ProgressRoute Route { get; init; } = ProgressRoute.Progress;

    /// <summary>The <c>{id}</c> route value, unescaped.</summary>
    public string? CommitmentId { get; init; }

    /// <summary>The <see cref="LinkRoutes.TokenParameter"/> query value.</summary>
    public string? Token { get; init; }

    /// <summary>True when the query carries <see cref="LinkRoutes.DoneParameter"/><c>=1</c>.</summary>
    public bool Done { get; init; }

    /// <summary>The Accept header; JSON is returned when it prefers <c>application/json</c>.</summary>
    public string? Accept { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The Content-Length header, if sent; a larger value than the limit is refused before reading.</summary>
    public long? ContentLength { get; init; }

    /// <summary>The request body, read at most once and only for POST; the host keeps ownership.</summary>
    public Stream? Body { get; init; }
}
