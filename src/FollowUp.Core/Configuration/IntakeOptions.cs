namespace FollowUp.Core.Configuration;

/// <summary>
/// How <c>followup intake</c> files drafts, bound from <c>FollowUp:Intake</c>. Only the intake reads it
/// (the CLI today, the secretariat's workspace later), so the Functions app needs no app setting for it.
/// </summary>
public sealed class IntakeOptions
{
    public const string SectionName = FollowUpOptions.SectionName + ":Intake";

    /// <summary>
    /// The sectors a draft may be filed under, each with the words that point to it, in order of
    /// preference when two score alike. Empty means <see cref="Intake.DefaultSectors.All"/>; a configured
    /// list replaces the defaults rather than adding to them, so a commission can narrow it.
    /// </summary>
    public List<IntakeSector> Sectors { get; set; } = [];

    /// <summary>The sector of a draft whose sentence names no sector's words and follows no draft that did.</summary>
    public string FallbackSector { get; set; } = "general";

    public IReadOnlyList<IntakeSector> EffectiveSectors => Sectors.Count > 0 ? Sectors : Intake.DefaultSectors.All;
}
