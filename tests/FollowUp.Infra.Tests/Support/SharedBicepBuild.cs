namespace FollowUp.Infra.Tests.Support;

/// <summary>Every test class that reads the compiled template shares one Bicep build.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBicepBuild : ICollectionFixture<BicepFixture>
{
    public const string Name = "Bicep";
}
