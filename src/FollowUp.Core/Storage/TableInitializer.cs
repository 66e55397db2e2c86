using FollowUp.Core.Configuration;

namespace FollowUp.Core.Storage;

/// <summary>
/// Creates a table once per process on first use. A failed attempt is not kept, so a store that
/// started before storage was reachable recovers on the next call. Two first callers may both
/// issue the (idempotent) create; that is cheaper than a lock on every later call.
/// With <see cref="StorageOptions.CreateIfMissing"/> off (Azure) it creates nothing: the deployment
/// created the tables, and the app's roles, scoped to each table, do not grant creating one.
/// </summary>
internal sealed class TableInitializer(StorageOptions storage)
{
    private Task? _creation;

    public Task EnsureAsync(Func<CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        if (!storage.CreateIfMissing)
        {
            return Task.CompletedTask;
        }

        var current = Volatile.Read(ref _creation);
        if (current is { IsCompletedSuccessfully: true })
        {
            return Task.CompletedTask;
        }

        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            // Shared by every waiter, so one caller's cancellation must not cancel it for the others.
            var fresh = create(CancellationToken.None);
            current = Interlocked.CompareExchange(ref _creation, fresh, current) == current ? fresh : Volatile.Read(ref _creation)!;
        }

        return current.WaitAsync(cancellationToken);
    }
}
