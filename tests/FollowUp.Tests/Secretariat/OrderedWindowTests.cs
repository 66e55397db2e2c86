using FollowUp.Core.Secretariat;

namespace FollowUp.Tests.Workspace;

/// <summary>The bounded window the list pages from keeps exactly the first rows the whole sort gives.</summary>
public sealed class OrderedWindowTests
{
    // Values repeat (ties), so the order is made total by the position, as the list's is by the id.
    private static readonly Comparer<(int Value, int At)> ByValueThenPosition =
        Comparer<(int Value, int At)>.Create((a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.At.CompareTo(b.At));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(199)]
    [InlineData(200)]
    [InlineData(500)]
    [InlineData(int.MaxValue)]
    public void KeepsTheFirstItemsOfTheWholeSort(int keep)
    {
        var random = new Random(20261202);
        var items = Enumerable.Range(0, 200).Select(i => (Value: random.Next(0, 40), At: i)).ToList();
        var window = new OrderedWindow<(int Value, int At)>(keep, ByValueThenPosition);

        foreach (var item in items)
        {
            window.Add(item);
        }

        var expected = items.Order(ByValueThenPosition).Take(keep).ToList();
        Assert.Equal(expected, window.InOrder());
        Assert.Equal(200, window.Seen);
    }

    [Fact]
    public void HoldsNoMoreThanItKeeps()
    {
        var window = new OrderedWindow<(int Value, int At)>(3, ByValueThenPosition);

        foreach (var item in Enumerable.Range(0, 1000).Select(i => (Value: 1000 - i, At: i)))
        {
            window.Add(item);
        }

        Assert.Equal([(1, 999), (2, 998), (3, 997)], window.InOrder());
    }
}
