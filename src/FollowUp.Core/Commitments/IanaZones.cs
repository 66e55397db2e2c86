using System.Collections.Concurrent;

namespace FollowUp.Core.Commitments;

/// <summary>
/// IANA time zone ids, resolved once each. On Linux the check behind an id (ICU's IANA-to-Windows
/// mapping and the zone lookup) costs tens of microseconds, and the workspace and the scan ask it for
/// every owner of every commitment, several times each: at 10,000 commitments that was most of a
/// second per page. Only ids that resolve are kept, so the cache is bounded by the host's zone list
/// however many wrong ids an import or a form sends.
/// </summary>
public static class IanaZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Known = new(StringComparer.Ordinal);

    /// <summary>The zone for an IANA id this host knows; false for anything else, Windows ids included.</summary>
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        if (id is not null && Known.TryGetValue(id, out var known))
        {
            zone = known;
            return true;
        }

        // On Linux FindSystemTimeZoneById also accepts Windows ids; owners are stored with IANA ids
        // only, so that every host (and every operator) reads them the same way.
        if (!string.IsNullOrWhiteSpace(id)
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)
            && (TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out _) || id is "UTC" or "Etc/UTC"))
        {
            zone = Known.GetOrAdd(id, found);
            return true;
        }

        zone = TimeZoneInfo.Utc;
        return false;
    }
}
