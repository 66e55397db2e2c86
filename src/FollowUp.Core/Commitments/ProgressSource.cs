namespace FollowUp.Core.Commitments;

/// <summary>Who wrote a history line: an owner through a signed link, or the secretariat by importing a file.</summary>
public enum ProgressSource
{
    Owner,
    Import,
}
