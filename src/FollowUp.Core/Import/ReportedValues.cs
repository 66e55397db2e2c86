namespace FollowUp.Core.Import;

/// <summary>Whose status and progress an import keeps when an owner reported after the secretariat last set them.</summary>
public enum ReportedValues
{
    /// <summary>The owner's report stands and the file's values are set aside (the default).</summary>
    Keep,

    /// <summary>The file's values replace the report, with a history line saying so.</summary>
    Overwrite,
}
