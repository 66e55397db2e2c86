namespace FollowUp.Core.Configuration;

/// <summary>A sector a draft can be filed under (<c>trade</c>) and the words that point to it (<c>tariff</c>, <c>export</c>).</summary>
public sealed class IntakeSector
{
    public string Name { get; set; } = "";

    /// <summary>Whole words or phrases, matched without regard to case; a trailing <c>s</c> also matches.</summary>
    public List<string> Keywords { get; set; } = [];
}
