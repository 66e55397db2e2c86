using FollowUp.Core.Commitments;

namespace FollowUp.Core.Snapshots;

/// <summary>
/// The one place the report's owner country comes from: the country the secretariat recorded
/// (<see cref="ResponsibleParty.Country"/>), else, for owners imported before countries were
/// recorded, the one the owner's IANA zone lies in by the system's tz database (<c>zone.tab</c>:
/// Asia/Karachi is PK, Asia/Baku is AZ); a host without that file, or a zone it does not list, gives <c>null</c>.
/// </summary>
public static class OwnerCountry
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Zones = new(LoadZones);

    public static string? Of(ResponsibleParty owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Country ?? (Zones.Value.TryGetValue(owner.TimeZone, out var country) ? country : null);
    }

    private static Dictionary<string, string> LoadZones()
    {
        var directory = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } configured ? configured : "/usr/share/zoneinfo";
        var path = Path.Combine(directory, "zone.tab");
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return zones;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length >= 3 && fields[0].Length == 2)
            {
                zones[fields[2]] = fields[0];
            }
        }

        return zones;
    }
}
