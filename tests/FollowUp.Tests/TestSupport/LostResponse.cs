namespace FollowUp.Tests.TestSupport;

/// <summary>How <see cref="LostResponsePolicy"/> loses the service's answer.</summary>
public enum LostResponse
{
    /// <summary>A 503 arrives in its place, as from a busy front end.</summary>
    ServiceUnavailable,

    /// <summary>The connection drops before the answer is read.</summary>
    ConnectionDropped,
}
