namespace FollowUp.Core.Import;

/// <summary>The field names of the import contract, shared by the JSON and CSV readers and the CSV writer.</summary>
public static class ImportFields
{
    public const string Id = "id";
    public const string Commission = "commission";
    public const string Title = "title";
    public const string Description = "description";
    public const string Sector = "sector";
    public const string DueDate = "dueDate";
    public const string Status = "status";
    public const string Progress = "progress";
    public const string Owners = "owners";
    public const string EscalationEmail = "escalationEmail";
    public const string Source = "source";
    public const string PausedUntil = "pausedUntil";

    public const string OwnerMinistry = "ministry";
    public const string OwnerEmail = "email";
    public const string OwnerTimeZone = "timeZone";
    public const string OwnerRole = "role";
    public const string OwnerCountry = "country";

    /// <summary>The scalar fields in the order the CSV columns are written.</summary>
    public static readonly IReadOnlyList<string> Scalars =
        [Id, Commission, Title, Description, Sector, DueDate, Status, Progress, EscalationEmail, Source, PausedUntil];

    public static readonly IReadOnlyList<string> OwnerFields = [OwnerMinistry, OwnerEmail, OwnerTimeZone, OwnerRole, OwnerCountry];
}
