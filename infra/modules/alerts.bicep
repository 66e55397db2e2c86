// What wakes an operator: log search alerts over Application Insights, all sent by email through
// one action group. The queries live beside this file (alerts/*.kql) and read the signals the app
// logs: the timer's plan summary (EventId 2101), a failed digest (2002), an unresolved claim (2003), a
// queued digest bound for the poison queue (2105), and the host's own request telemetry for the timer
// and the owner routes.

@description('Required. Suffix of every alert rule\'s name (the deployment\'s resource token).')
param nameSuffix string

@description('Required. Name of the action group.')
param actionGroupName string

@description('Required. Azure region of the alert rules; the region of the Application Insights component they query.')
param location string

@description('Optional. Tags for the action group and the alert rules.')
param tags object = {}

@description('Required. Resource id of the workspace-based Application Insights component the rules query.')
param applicationInsightsId string

@description('Required. Address that receives every alert.')
param alertEmailAddress string

@description('Required. Minutes between two runs of FollowUp:ScanSchedule; the heartbeat fires when no run completed within two of them.')
@allowed([
  15
  30
  60
  120
  180
  720
  1440
])
param scanIntervalMinutes int

// Two schedule periods, spelled as window sizes the alert service accepts (at most two days).
var heartbeatWindows = {
  '15': 'PT30M'
  '30': 'PT1H'
  '60': 'PT2H'
  '120': 'PT4H'
  '180': 'PT6H'
  '720': 'P1D'
  '1440': 'P2D'
}

// Event alerts look back an hour every 15 minutes, so a record that reaches the workspace late is
// still counted; the rules are stateful (autoMitigate), so one failure sends one email, not four.
var rules = [
  {
    name: 'scan-failed'
    displayName: 'FollowUp: the reminder scan failed'
    description: 'A ReminderScan run ended in an exception. See exceptions for the operation id; digests not sent are tried again by the next run.'
    severity: 1
    query: loadTextContent('alerts/scan-failed.kql')
    operator: 'GreaterThan'
    threshold: 0
    windowSize: 'PT1H'
  }
  {
    name: 'scan-heartbeat'
    displayName: 'FollowUp: no reminder scan completed in two schedule periods'
    description: 'No "Reminder scan planned" summary (EventId 2101) arrived within two periods of FollowUp:ScanSchedule: the timer is not running, or every run fails.'
    severity: 1
    query: loadTextContent('alerts/scan-heartbeat.kql')
    operator: 'LessThan'
    threshold: 1
    windowSize: heartbeatWindows[string(scanIntervalMinutes)]
  }
  {
    name: 'digests-failed'
    displayName: 'FollowUp: digests failed'
    description: 'SendGrid refused a digest or retries ran out. The next run sends it again; the trace names the run and the commitments.'
    severity: 2
    query: loadTextContent('alerts/digests-failed.kql')
    operator: 'GreaterThan'
    threshold: 0
    windowSize: 'PT1H'
  }
  {
    name: 'claims-unresolved'
    displayName: 'FollowUp: a digest claim is unresolved after 30 minutes'
    description: 'A send-ledger row has been Claimed for over 30 minutes without an outcome: the process stopped mid-send. The digest is not sent again; check with the owner if it matters.'
    severity: 2
    query: loadTextContent('alerts/claims-unresolved.kql')
    operator: 'GreaterThan'
    threshold: 0
    windowSize: 'PT1H'
  }
  {
    name: 'digests-poisoned'
    displayName: 'FollowUp: a queued digest went to the poison queue'
    description: 'DigestDelivery failed a message maxDequeueCount (5) times and the host moved it to the poison queue. Nothing was claimed, so the next scan plans its nudges again; read the message and the trace (EventId 2105) for the reason.'
    severity: 2
    query: loadTextContent('alerts/digests-poisoned.kql')
    operator: 'GreaterThan'
    threshold: 0
    windowSize: 'PT1H'
  }
  {
    name: 'owner-routes-5xx'
    displayName: 'FollowUp: the update pages answered 5xx'
    description: 'The Progress or FreshLink function answered with a server error (503 when storage or the mail provider is unavailable).'
    severity: 1
    query: loadTextContent('alerts/owner-routes-5xx.kql')
    operator: 'GreaterThan'
    threshold: 0
    windowSize: 'PT1H'
  }
]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'FollowUp'
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: alertEmailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: '${rule.name}-${nameSuffix}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        applicationInsightsId
      ]
      evaluationFrequency: 'PT15M'
      windowSize: rule.windowSize
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: rule.operator
            threshold: rule.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: true
      actions: {
        actionGroups: [
          actionGroup.id
        ]
      }
    }
  }
]

@description('Resource id of the action group every alert notifies.')
output actionGroupId string = actionGroup.id

@description('Names of the alert rules.')
output ruleNames string[] = [for (rule, i) in rules: alertRules[i].name]
