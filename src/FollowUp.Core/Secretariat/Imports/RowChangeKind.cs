namespace FollowUp.Core.Secretariat.Uploads;

public enum RowChangeKind
{
    New,
    Changed,
    Unchanged,
}
