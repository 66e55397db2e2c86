namespace FollowUp.Core.Commitments;

/// <summary>
/// Who wrote a history line: an owner through a signed link, the secretariat by importing a file, or
/// a signed-in member of the secretariat acting in the workspace.
/// </summary>
public enum ProgressSource
{
    Owner,
    Import,
    Secretariat,
}
