namespace FollowUp.Core.Import;

public enum CommitmentFileFormat
{
    Json,
    Csv,
}
