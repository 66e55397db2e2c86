using System.Globalization;

namespace FollowUp.Tests.Browser;

/// <summary>
/// The one commitment <see cref="ServeHost"/> imports: due yesterday (UTC), so the first scan owes both
/// owners an overdue reminder whatever the real date is. The sample file's fixed 2026 dates would
/// send nothing before they fall due, and a different mix of stages after.
/// </summary>
internal static class ServeSample
{
    public const string Id = "customs-data-exchange";

    public const string Title = "Exchange advance customs data electronically between the two customs services";

    /// <summary>The browser test updates as this owner; nothing else writes as them.</summary>
    public const string LeadEmail = "fbr.pk@example.org";

    public const string LeadMinistry = "Federal Board of Revenue";

    /// <summary>The HTTP tests read and probe with this owner's link and never save an update.</summary>
    public const string CounterpartEmail = "customs.az@example.org";

    public const string CounterpartMinistry = "State Customs Committee";

    public static string[] Owners => [LeadEmail, CounterpartEmail];

    /// <summary>The import file, in the JSON format of <c>followup import</c>.</summary>
    public static string Json(DateOnly dueDate) => $$"""
        [
          {
            "id": "{{Id}}",
            "commission": "pak-aze-jc8",
            "title": "{{Title}}",
            "description": "Both sides agreed to exchange pre-arrival cargo data so that trucks clear the border faster.",
            "sector": "customs",
            "dueDate": "{{dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}",
            "owners": [
              { "ministry": "{{LeadMinistry}}", "email": "{{LeadEmail}}", "timeZone": "Asia/Karachi", "role": "lead" },
              { "ministry": "{{CounterpartMinistry}}", "email": "{{CounterpartEmail}}", "timeZone": "Asia/Baku", "role": "counterpart" }
            ],
            "source": "Joint Commission, 8th session (Islamabad), agreed outcomes: customs"
          }
        ]
        """;
}
