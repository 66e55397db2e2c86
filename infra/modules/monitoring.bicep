// Log Analytics and workspace-based Application Insights. Local (instrumentation key) auth is off:
// telemetry is accepted only with an Entra token, which the app gets with its managed identity.

@description('Required. Name of the Log Analytics workspace.')
param logAnalyticsName string

@description('Required. Name of the Application Insights component.')
param applicationInsightsName string

@description('Required. Azure region of both resources.')
param location string

@description('Optional. Tags for both resources.')
param tags object = {}

@description('Optional. Days Log Analytics keeps data. Defaults to 30.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    DisableLocalAuth: true
  }
}

@description('Resource id of the Application Insights component, the scope of the alert rules.')
output applicationInsightsId string = applicationInsights.id

@description('Name of the Application Insights component.')
output applicationInsightsName string = applicationInsights.name

@description('Connection string of Application Insights. Not a secret: with local auth disabled it only says where to send telemetry.')
output connectionString string = applicationInsights.properties.ConnectionString

@description('Resource id of the Log Analytics workspace.')
output logAnalyticsId string = logAnalytics.id
