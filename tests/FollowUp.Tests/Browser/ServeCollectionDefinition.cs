namespace FollowUp.Tests.Browser;

/// <summary>
/// The browser test and the HTTP tests share one running serve: starting it (import, Kestrel, the first
/// scan) is the slow part, and they stay apart by owner (the browser saves as the lead; HTTP only reads).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServeCollectionDefinition : ICollectionFixture<ServeHost>
{
    public const string Name = "followup serve";
}
