namespace FollowUp.Core.Secretariat;

/// <summary>
/// The first <c>keep</c> items of a stream in the order of a total comparer, holding no more than
/// that many at once: a page of the list needs only the rows up to its end, and rows held across a
/// whole read survive into the older GC generations, which is where most of a long list's time went.
/// The result equals sorting every item and taking the first <c>keep</c> when the comparer is total
/// (no two items compare equal); the list's comparer ends on the commitment id, which is unique.
/// </summary>
internal sealed class OrderedWindow<T>(int keep, IComparer<T> comparer)
{
    private readonly List<T> _filling = [];

    // Once full, the kept items sit in a max-heap (the comparer reversed), so the last of them is
    // the one a smaller newcomer replaces.
    private PriorityQueue<T, T>? _full;

    public int Seen { get; private set; }

    public void Add(T item)
    {
        Seen++;
        if (_full is null)
        {
            if (_filling.Count < keep)
            {
                _filling.Add(item);
                return;
            }

            _full = new PriorityQueue<T, T>(_filling.Select(i => (i, i)), Comparer<T>.Create((a, b) => comparer.Compare(b, a)));
            _filling.Clear();
        }

        if (_full.Count > 0 && comparer.Compare(item, _full.Peek()) < 0)
        {
            _full.DequeueEnqueue(item, item);
        }
    }

    /// <summary>The kept items, first to last.</summary>
    public List<T> InOrder()
    {
        var items = _full is null ? _filling : [.. _full.UnorderedItems.Select(i => i.Element)];
        items.Sort(comparer);
        return items;
    }
}
