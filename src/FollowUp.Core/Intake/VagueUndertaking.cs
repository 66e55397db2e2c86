using System.Text.RegularExpressions;

namespace FollowUp.Core.Intake;

/// <summary>
/// "Enhance cooperation in energy, trade and education" or "foster bilateral ties for mutual benefit"
/// is a commission's wish, not something a ministry can report progress on: an undertaking that only
/// strengthens ties, in general words or a list of sectors, is not proposed (rule <c>vague</c>).
/// </summary>
public static partial class VagueUndertaking
{
    private static readonly HashSet<string> GeneralWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "across", "of", "the", "and", "or", "for", "to", "a", "an", "as", "such", "other", "all", "various", "diverse",
        "key", "fields", "field", "areas", "area", "sectors", "sector", "spheres", "sphere", "domains", "levels", "mutual", "mutually",
        "benefit", "beneficial", "long-term", "prosperity", "interest", "interests", "bilateral", "multilateral", "both", "two",
        "countries", "sides", "peoples", "nations", "between", "their", "our", "further", "including", "particularly", "especially",
        "economic", "trade", "commercial", "cultural", "culture", "humanitarian", "political", "energy", "defence", "defense", "agriculture",
        "education", "health", "investment", "security", "science", "technology", "tourism", "transport", "customs", "regional",
        "development", "growth", "stability", "peace", "friendship", "brotherly", "fraternal", "strategic", "partnership", "ties",
    };

    public static bool IsVague(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var head = Head().Match(body);
        if (!head.Success)
        {
            return false;
        }

        var rest = Words().Matches(body[(head.Index + head.Length)..]).Select(m => m.Value);
        return rest.All(GeneralWords.Contains);
    }

    [GeneratedRegex(@"^(?:also\s+|further\s+)?(?:(?:enhanc|strengthen|deepen|expand|broaden|boost|foster|promot|improv|develop|advanc|intensif|diversif|consolidat|bolster|elevat|widen)\w*\s+(?:the\s+|our\s+|their\s+|its\s+)?|(?:stronger|closer|deeper|greater|enhanced|increased|broader|wider|further)\s+)(?:existing\s+|overall\s+|close\s+|bilateral\s+|mutual\s+|multifaceted\s+|all-round\s+|comprehensive\s+|strategic\s+|brotherly\s+|fraternal\s+|friendly\s+|economic\s+|trade\s+|and\s+|,\s*)*(?:cooperation|co-operation|ties|relations|relationship|partnership|collaboration|friendship|engagement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Head();

    [GeneratedRegex(@"[\w'-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
