using System.Text.Json;
using System.Text.Json.Serialization;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Storage;

internal static class CommitmentMapping
{
    private static readonly JsonSerializerOptions OwnerJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static CommitmentEntity ToEntity(Commitment c) => new()
    {
        PartitionKey = c.Id,
        RowKey = CommitmentEntity.CurrentRowKey,
        Commission = c.Commission,
        Title = c.Title,
        Description = c.Description,
        Sector = c.Sector,
        DueDate = IsoDate.Format(c.DueDate),
        Status = c.Status.ToString(),
        Progress = c.Progress,
        IsOpen = c.IsOpen,
        Owners = JsonSerializer.Serialize(c.Owners, OwnerJson),
        EscalationEmail = c.EscalationEmail,
        Source = c.Source,
        PausedUntil = c.PausedUntil is { } paused ? IsoDate.Format(paused) : null,
        LastUpdateAt = c.LastUpdate?.At,
        LastUpdateBy = c.LastUpdate?.By,
        LastUpdateNote = c.LastUpdate?.Note,
        CreatedAt = c.CreatedAt,
        SecretariatSetAt = c.SecretariatSetAt,
    };

    public static Commitment ToCommitment(CommitmentEntity e) => new()
    {
        Id = e.PartitionKey,
        Commission = e.Commission,
        Title = e.Title,
        Description = e.Description,
        Sector = e.Sector,
        DueDate = IsoDate.Parse(e.DueDate),
        Status = Enum.Parse<CommitmentStatus>(e.Status),
        Progress = e.Progress,
        Owners = JsonSerializer.Deserialize<List<ResponsibleParty>>(e.Owners, OwnerJson) ?? [],
        EscalationEmail = e.EscalationEmail,
        Source = e.Source,
        PausedUntil = e.PausedUntil is { } paused ? IsoDate.Parse(paused) : null,
        LastUpdate = e.LastUpdateAt is { } at ? new LastUpdate(at, e.LastUpdateBy ?? "", e.LastUpdateNote) : null,
        CreatedAt = e.CreatedAt,
        SecretariatSetAt = e.SecretariatSetAt,
        Version = e.ETag.ToString(),
    };

    public static HistoryEntity ToEntity(string commitmentId, ProgressEntry p) => new()
    {
        PartitionKey = commitmentId,
        RowKey = HistoryEntity.RowKeyFor(p.At),
        At = p.At,
        By = p.By,
        OldStatus = p.OldStatus.ToString(),
        NewStatus = p.NewStatus.ToString(),
        OldProgress = p.OldProgress,
        NewProgress = p.NewProgress,
        Note = p.Note,
        ExpectedCompletion = p.ExpectedCompletion is { } d ? IsoDate.Format(d) : null,
        Source = p.Source.ToString(),
        Reason = p.Reason,
        OldDueDate = p.OldDueDate is { } old ? IsoDate.Format(old) : null,
        NewDueDate = p.NewDueDate is { } due ? IsoDate.Format(due) : null,
    };

    public static ProgressEntry ToProgressEntry(HistoryEntity e) => new(
        e.At,
        e.By,
        Enum.Parse<CommitmentStatus>(e.OldStatus),
        Enum.Parse<CommitmentStatus>(e.NewStatus),
        e.OldProgress,
        e.NewProgress,
        e.Note,
        e.ExpectedCompletion is { } d ? IsoDate.Parse(d) : null,
        e.Source is { } source ? Enum.Parse<ProgressSource>(source) : ProgressSource.Owner,
        e.Reason,
        e.OldDueDate is { } old ? IsoDate.Parse(old) : null,
        e.NewDueDate is { } due ? IsoDate.Parse(due) : null);
}
