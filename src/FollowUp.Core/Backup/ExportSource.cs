namespace FollowUp.Core.Backup;

/// <summary>
/// Where <c>followup restore</c> reads an export from: a local file when one exists at the given
/// path, otherwise the blob of that name in the backup container. Each open reads from the start.
/// </summary>
public sealed class ExportSource
{
    private readonly Func<CancellationToken, Task<Stream?>> _open;

    private ExportSource(string name, Func<CancellationToken, Task<Stream?>> open)
    {
        Name = name;
        _open = open;
    }

    /// <summary>The file's full path, or <c>container/blob</c>.</summary>
    public string Name { get; }

    public static ExportSource Resolve(string source, BackupContainer container)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentNullException.ThrowIfNull(container);
        if (File.Exists(source))
        {
            var path = Path.GetFullPath(source);
            return new ExportSource(path, _ => Task.FromResult<Stream?>(
                new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)));
        }

        return new ExportSource($"{container.Name}/{source}", ct => container.OpenReadAsync(source, ct));
    }

    /// <summary>A fresh stream from the start; null when there is nothing of that name.</summary>
    public Task<Stream?> OpenAsync(CancellationToken cancellationToken) => _open(cancellationToken);
}
