using System.Text.Json.Nodes;
using System.Xml;
using FollowUp.Core.Queues;
using FollowUp.Infra.Tests.Support;
using NCrontab;

namespace FollowUp.Infra.Tests;

/// <summary>The alerts of the operations issue and the poison queue's, each a log search rule over Application Insights that emails the operator.</summary>
[Collection(SharedBicepBuild.Name)]
public sealed class AlertTests(BicepFixture bicep)
{
    private const string Rules = "Microsoft.Insights/scheduledQueryRules";

    public static TheoryData<string> RuleNames => ["scan-failed", "scan-heartbeat", "digests-failed", "claims-unresolved", "digests-poisoned", "owner-routes-5xx"];

    [Fact]
    public void ActionGroupEmailsTheConfiguredAddress()
    {
        var group = AlertsModule().SingleResourceOfType("Microsoft.Insights/actionGroups");
        var call = bicep.Template.ModuleCallDeploying(Rules);

        var receiver = Assert.Single(group["properties"]!["emailReceivers"]!.AsArray());
        Assert.Equal("[parameters('alertEmailAddress')]", (string?)receiver?["emailAddress"]);
        Assert.Equal("[parameters('alertEmailAddress')]", (string?)call["properties"]?["parameters"]?["alertEmailAddress"]?["value"]);
        Assert.Null(bicep.Template.Parameters["alertEmailAddress"]?["defaultValue"]);
    }

    [Fact]
    public void EveryRuleQueriesApplicationInsightsAndNotifiesTheActionGroup()
    {
        var rule = AlertsModule().SingleResourceOfType(Rules);
        var call = bicep.Template.ModuleCallDeploying(Rules);

        Assert.Equal("LogAlert", (string?)rule["kind"]);
        Assert.Equal("[parameters('applicationInsightsId')]", (string?)Assert.Single(rule["properties"]!["scopes"]!.AsArray()));
        Assert.Equal(
            "[reference('monitoring').outputs.applicationInsightsId.value]",
            (string?)call["properties"]?["parameters"]?["applicationInsightsId"]?["value"]);
        Assert.Contains("Microsoft.Insights/actionGroups", (string?)Assert.Single(rule["properties"]!["actions"]!["actionGroups"]!.AsArray()), StringComparison.Ordinal);
        Assert.True((bool?)rule["properties"]?["autoMitigate"], "Rules are stateful, so one failure sends one email.");
        Assert.Equal("[length(variables('rules'))]", (string?)rule["copy"]?["count"]);
    }

    [Theory]
    [InlineData("scan-failed", "requests", "\"ReminderScan\"", "success == false")]
    [InlineData("scan-heartbeat", "traces", "EventId) == \"2101\"", "")]
    [InlineData("digests-failed", "traces", "\"2002\"", "Failed > 0")]
    [InlineData("claims-unresolved", "traces", "EventId) == \"2003\"", "")]
    [InlineData("digests-poisoned", "traces", "EventId) == \"2105\"", "")]
    [InlineData("owner-routes-5xx", "requests", "(\"Progress\", \"FreshLink\")", "toint(resultCode) >= 500")]
    public void RuleQueriesItsSignal(string name, string table, string signal, string condition)
    {
        var query = Query(name);

        Assert.StartsWith(table, QueryLines(query).First(), StringComparison.Ordinal);
        Assert.Contains(signal, query, StringComparison.Ordinal);
        Assert.Contains(condition, query, StringComparison.Ordinal);
    }

    [Fact]
    public void HeartbeatCountsTheEventTheTimersPlanningRunLogs() =>
        Assert.Contains($"EventId) == \"{QueueEventIds.Planned}\"", Query("scan-heartbeat"), StringComparison.Ordinal);

    [Fact]
    public void PoisonAlertFiresOnTheEventLoggedBeforeTheHostPoisonsAMessage() =>
        Assert.Contains($"EventId) == \"{QueueEventIds.Poisoned}\"", Query("digests-poisoned"), StringComparison.Ordinal);

    [Fact]
    public void DigestsFailedCountsTheFailuresInTheTimersSummary() =>
        Assert.Contains($"\"{QueueEventIds.Planned}\"", Query("digests-failed"), StringComparison.Ordinal);

    [Fact]
    public void DigestsFailedReadsTheFailedCountAsEitherLoggerSpellsIt() =>
        Assert.Contains("coalesce(customDimensions.Failed, customDimensions.prop__Failed)", Query("digests-failed"), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void RuleProjectsNoUrlOrMessage(string name)
    {
        // What a query returns is what the alert links to; the request URL carries the signed token.
        var projected = QueryLines(Query(name)).Last(line => line.StartsWith("| project", StringComparison.Ordinal));

        Assert.DoesNotContain("url", projected, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("message", projected, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("customDimensions", projected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan-heartbeat", "LessThan", 1)]
    [InlineData("scan-failed", "GreaterThan", 0)]
    [InlineData("digests-failed", "GreaterThan", 0)]
    [InlineData("claims-unresolved", "GreaterThan", 0)]
    [InlineData("digests-poisoned", "GreaterThan", 0)]
    [InlineData("owner-routes-5xx", "GreaterThan", 0)]
    public void RuleFiresOnItsThreshold(string name, string expectedOperator, int threshold)
    {
        var rule = Rule(name);

        Assert.Equal(expectedOperator, (string?)rule["operator"]);
        Assert.Equal(threshold, (int?)rule["threshold"]);
    }

    [Fact]
    public void HeartbeatWindowIsTwoPeriodsOfTheDefaultSchedule()
    {
        var schedule = CrontabSchedule.Parse(
            (string)bicep.Template.Parameters["scanSchedule"]!["defaultValue"]!,
            new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        var first = schedule.GetNextOccurrence(new DateTime(2026, 1, 5, 0, 30, 0, DateTimeKind.Unspecified));
        var period = schedule.GetNextOccurrence(first) - first;

        var interval = (int)bicep.Template.Parameters["scanIntervalMinutes"]!["defaultValue"]!;
        Assert.Equal(period, TimeSpan.FromMinutes(interval));
        Assert.Equal(2 * period, HeartbeatWindow(interval));
    }

    [Fact]
    public void EveryAllowedIntervalHasAHeartbeatWindowOfTwoPeriods()
    {
        var allowed = bicep.Template.Parameters["scanIntervalMinutes"]!["allowedValues"]!.AsArray().Select(value => (int)value!).ToList();

        Assert.NotEmpty(allowed);
        Assert.All(allowed, interval => Assert.Equal(TimeSpan.FromMinutes(2 * interval), HeartbeatWindow(interval)));
        Assert.All(allowed, interval => Assert.True(HeartbeatWindow(interval) <= TimeSpan.FromDays(2), "The alert service looks back two days at most."));
    }

    [Fact]
    public void HeartbeatUsesTheWindowOfTheConfiguredInterval() =>
        Assert.Equal("[variables('heartbeatWindows')[string(parameters('scanIntervalMinutes'))]]", (string?)Rule("scan-heartbeat")["windowSize"]);

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void RuleLooksBackAtLeastOneEvaluationPeriod(string name)
    {
        var frequency = XmlConvert.ToTimeSpan((string)AlertsModule().SingleResourceOfType(Rules)["properties"]!["evaluationFrequency"]!);
        var window = (string)Rule(name)["windowSize"]!;

        // The heartbeat's window depends on the interval: its shortest must still cover a period.
        var windowSpan = window.StartsWith('[')
            ? AlertsModule().Variables["heartbeatWindows"]!.AsObject().Min(entry => XmlConvert.ToTimeSpan((string)entry.Value!))
            : XmlConvert.ToTimeSpan(window);
        Assert.True(windowSpan >= frequency, $"{name} looks back {windowSpan}, less than the {frequency} between evaluations.");
    }

    private ArmTemplate AlertsModule() => bicep.Template.ModuleDeploying(Rules);

    private JsonObject Rule(string name)
    {
        var rules = AlertsModule().Variables["rules"]!.AsArray();
        return Assert.Single(rules, rule => (string?)rule?["name"] == name)!.AsObject();
    }

    private string Query(string name) => (string?)AlertsModule().Resolve(Rule(name)["query"]) ?? "";

    private TimeSpan HeartbeatWindow(int interval) =>
        XmlConvert.ToTimeSpan((string)AlertsModule().Variables["heartbeatWindows"]![interval.ToString(System.Globalization.CultureInfo.InvariantCulture)]!);

    private static IEnumerable<string> QueryLines(string query) =>
        query.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal));
}
