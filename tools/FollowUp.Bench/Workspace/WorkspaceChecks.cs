using System.Globalization;

namespace FollowUp.Bench.Workspace;

/// <summary>
/// What the list's JSON must say of the seeded data: the default view holds every commitment, and
/// each filtered view some but not all of them (the seed has overdue, silent and undeliverable ones).
/// </summary>
public static class WorkspaceChecks
{
    public static IEnumerable<string> Totals(IEnumerable<RouteResult> routes, int seeded)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var route in routes.Where(r => r.Total is not null))
        {
            var total = route.Total!.Value;
            var isDefault = route.PathAndQuery == WorkspaceRoute.ListPath;
            if (isDefault && total != seeded)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"The list holds {total} commitments; {seeded} were seeded.");
            }
            else if (!isDefault && (total == 0 || total >= seeded))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{route.Name} holds {total} of the {seeded} commitments; the seed has some, not all, that match.");
            }
        }
    }
}
