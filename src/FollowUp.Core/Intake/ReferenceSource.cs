namespace FollowUp.Core.Intake;

/// <summary>Where the date that relative phrases count from came from.</summary>
public enum ReferenceSource
{
    /// <summary>Given with the request (<c>--as-of</c>).</summary>
    AsOf,

    /// <summary>The document's own date (a dateline in its first paragraph).</summary>
    Document,

    /// <summary>None: relative phrases are left unresolved and the draft says so.</summary>
    None,
}
