using System.Globalization;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Secretariat;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

/// <summary>
/// A page is read through a bounded window, not cut from the whole sorted view; for every sort and
/// direction, and with ties in every sort key, the pages put together are the whole view.
/// </summary>
public sealed class ListPageOrderTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Json = "application/json";
    private const string List = "/api/secretariat/commitments";

    public static TheoryData<string, string> Sorts()
    {
        var data = new TheoryData<string, string>();
        foreach (var sort in Enum.GetNames<CommitmentSort>())
        {
            data.Add(sort.ToLowerInvariant(), "asc");
            data.Add(sort.ToLowerInvariant(), "desc");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task PagesPutTogetherAreTheWholeView(string sort, string order)
    {
        await using var context = new WorkspaceTestContext(azurite);
        await Task.WhenAll(Seeds.Select(s => context.SeedAsync(s.Commitment)));
        var view = $"?sort={sort}&order={order}";

        var whole = Ids(await context.GetAsync(List + view, WorkspaceTestContext.Viewer, Json), out var total);
        var paged = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            paged.AddRange(Ids(await context.GetAsync(List + view + $"&pageSize=3&page={page}", WorkspaceTestContext.Viewer, Json), out var pageTotal));
            Assert.Equal(total, pageTotal);
        }

        Assert.Equal(10, total);
        Assert.Equal(Expected(Enum.Parse<CommitmentSort>(sort, ignoreCase: true), order == "desc"), whole);
        Assert.Equal(whole, paged);
    }

    // Two of each value in every sort key, in an order unlike the ids', so the id breaks every tie.
    private static readonly List<(Commitment Commitment, int Pair)> Seeds = [.. Enumerable.Range(0, 10).Select(i =>
    {
        var pair = i * 7 % 10 / 2;
        var commitment = TestCommitments.Bilateral(string.Create(CultureInfo.InvariantCulture, $"item-{i:D2}"), due: new DateOnly(2027, 4, 1).AddDays(pair * 20)) with
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"Plan {pair}"),
            Commission = string.Create(CultureInfo.InvariantCulture, $"jc-{4 - pair}"),
            Status = pair % 2 == 0 ? CommitmentStatus.InProgress : CommitmentStatus.NotStarted,
            Progress = pair % 3 * 10,
            LastUpdate = pair == 0 ? null : new LastUpdate(new DateTimeOffset(2027, 4, 1, 9, 0, 0, TimeSpan.Zero).AddDays(pair), "owner@example.org", null),
        };
        return (commitment, pair);
    })];

    /// <summary>The documented order, worked out here: the key (missing first), reversed when descending, then the id ascending.</summary>
    private static List<string> Expected(CommitmentSort sort, bool descending)
    {
        Func<(Commitment Commitment, int Pair), IComparable?> key = sort switch
        {
            CommitmentSort.Title => s => s.Commitment.Title,
            CommitmentSort.Status => s => s.Commitment.Status,
            CommitmentSort.Progress => s => s.Commitment.Progress,

            // On the test clock (3 May 2027) the first pair is a month overdue, the second 12 days, the rest not at all.
            CommitmentSort.DaysOverdue => s => s.Pair switch { 0 => 2, 1 => 1, _ => 0 },
            CommitmentSort.LastUpdate => s => s.Commitment.LastUpdate?.At,
            CommitmentSort.Commission => s => s.Commitment.Commission,
            CommitmentSort.Id => s => s.Commitment.Id,
            _ => s => s.Commitment.DueDate,
        };
        var missingFirst = Comparer<IComparable?>.Create((a, b) => a is null ? (b is null ? 0 : -1) : b is null ? 1 : a.CompareTo(b));
        var ordered = descending ? Seeds.OrderByDescending(key, missingFirst) : Seeds.OrderBy(key, missingFirst);
        return [.. ordered.ThenBy(s => s.Commitment.Id, StringComparer.Ordinal).Select(s => s.Commitment.Id)];
    }

    private static List<string> Ids(WorkspaceResponse response, out int total)
    {
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        total = json.RootElement.GetProperty("total").GetInt32();
        return [.. json.RootElement.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }
}
