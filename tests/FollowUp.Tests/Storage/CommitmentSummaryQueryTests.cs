using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Storage;

/// <summary>The workspace's read: every current row as the full query gives it, but for the prose columns no view of all commitments shows.</summary>
public sealed class CommitmentSummaryQueryTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task SummariesAreTheFullRowsWithoutDescriptionAndSource()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var full = TestCommitments.Bilateral("full") with
        {
            Description = "Tariff concessions, rules of origin — and a review date",
            EscalationEmail = "secretariat@example.org",
            Source = "JC8 agreed outcomes",
            PausedUntil = new DateOnly(2027, 1, 15),
            Status = CommitmentStatus.InProgress,
            Progress = 40,
            LastUpdate = new LastUpdate(Morning, "commerce.pk@example.org", "Draft plan shared"),
            CreatedAt = Morning.AddDays(-30),
            SecretariatSetAt = Morning.AddDays(-10),
            Owners = [TestCommitments.Karachi with { Country = "PK" }, TestCommitments.Baku with { Country = "AZ" }],
        };
        await store.AddAsync(full);
        await store.AddAsync(TestCommitments.Bilateral("bare") with { Status = CommitmentStatus.Completed, Progress = 100 });

        var rows = new List<Commitment>();
        await foreach (var c in store.QueryAsync(openOnly: false))
        {
            rows.Add(c);
        }

        var summaries = new List<Commitment>();
        await foreach (var c in store.QuerySummariesAsync())
        {
            summaries.Add(c);
        }

        Assert.Equal(["bare", "full"], summaries.Select(s => s.Id));
        Assert.All(summaries, s => Assert.Null(s.Description));
        Assert.All(summaries, s => Assert.Null(s.Source));
        Assert.Equal(
            rows.Select(r => r with { Description = null, Source = null, Owners = [] }),
            summaries.Select(s => s with { Owners = [] }));
        Assert.Equal(rows.Select(r => r.Owners), summaries.Select(s => s.Owners));
        Assert.All(summaries, s => Assert.False(string.IsNullOrEmpty(s.Version)));
    }
}
