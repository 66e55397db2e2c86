// The Flex Consumption plan and the function app, with every setting FollowUp binds. Storage is
// reached with the user-assigned identity (no connection strings, no keys), secrets come from Key
// Vault references resolved with that same identity, and telemetry is sent with an Entra token.
// Deployment is by Entra ID only: basic (publishing-profile) credentials are refused on both the
// FTP and the SCM endpoint (the plan offers no FTP at all).

import { holiday } from 'types.bicep'

@description('Required. Name of the function app; also its default host name prefix.')
param name string

@description('Required. Name of the Flex Consumption plan.')
param planName string

@description('Required. Azure region of the plan and the app.')
param location string

@description('Optional. Tags for the plan and the app (the app also gets azd-service-name).')
param tags object = {}

@description('Optional. The azd service name the app is tagged with, so that `azd deploy` finds it. Defaults to api.')
param azdServiceName string = 'api'

@description('Required. Resource id of the user-assigned identity the app runs as.')
param identityResourceId string

@description('Required. Client id of the user-assigned identity the app runs as.')
param identityClientId string

@description('Required. Blob endpoint of the storage account (ends with a slash).')
param blobEndpoint string

@description('Required. Queue endpoint of the storage account (ends with a slash).')
param queueEndpoint string

@description('Required. Table endpoint of the storage account (ends with a slash).')
param tableEndpoint string

@description('Required. Blob container that holds the deployment package.')
param deploymentContainerName string

@description('Required. Connection string of Application Insights.')
param applicationInsightsConnectionString string

@description('Required. URI of the Key Vault holding the secrets (ends with a slash).')
param keyVaultUri string

@description('Required. Name of the Key Vault secret with the SendGrid API key.')
param sendGridApiKeySecretName string

@description('Optional. Upper bound of instances the app scales out to. Defaults to 10.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@description('Optional. Memory of each instance in MB. Defaults to 2048.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Required. FollowUp:ScanSchedule, an NCRONTAB expression in UTC.')
param scanSchedule string

@description('Required. FollowUp:Storage:TablePrefix.')
param tablePrefix string

@description('Required. FollowUp:BackupSchedule, an NCRONTAB expression in UTC.')
param backupSchedule string

@description('Required. FollowUp:BackupRetentionDays, also the lifecycle rule\'s age for deleting backups.')
param backupRetentionDays int

@description('Required. FollowUp:Storage:BackupContainer, the blob container the backups go to.')
param backupContainerName string

@description('Required. FollowUp:Queues:DigestQueue, the queue the timer fills and DigestDelivery drains.')
param digestQueueName string

@description('Required. FollowUp:Queues:ShardQueue, the queue the timer fills with shard messages when scanShards is 1-64, and ShardPlanning drains.')
param shardQueueName string

@description('Optional. FollowUp:Queues:Shards: 0 (the default) plans the full read in the timer; 1-64 queues that many shard messages.')
@minValue(0)
@maxValue(64)
param scanShards int = 0

@description('Required. FollowUp:Email:FromAddress.')
param emailFromAddress string

@description('Required. FollowUp:Email:FromName.')
param emailFromName string

@description('Optional. FollowUp:Email:ReplyToAddress; empty (the default) leaves the setting out.')
param emailReplyToAddress string = ''

@description('Optional. FollowUp:Email:SandboxMode. Defaults to false.')
param emailSandboxMode bool = false

@description('Optional. FollowUp:Email:TemplateId; empty (the default) leaves the setting out.')
param emailTemplateId string = ''
@description('Key Vault secret of the Event Webhook public key; empty leaves the webhook off.')
param eventWebhookPublicKeySecretName string = ''

@description('Required. FollowUp:Email:DataResidency, global or eu.')
@allowed([
  'global'
  'eu'
])
param emailDataResidency string

@description('Required. FollowUp:Reminders:OverdueRepeatDays.')
param overdueRepeatDays int

@description('Required. FollowUp:Reminders:EscalateFromOverdueReminder.')
param escalateFromOverdueReminder int

@description('Required. FollowUp:Reminders:StaleAfterDays.')
param staleAfterDays int

@description('Optional. FollowUp:Reminders:EscalationCc; empty (the default) leaves the setting out.')
param escalationCc string = ''

@description('Required. FollowUp:Reminders:DefaultTimeZone.')
param defaultTimeZone string

@description('Required. FollowUp:Reminders:SendHour.')
param sendHour int

@description('Optional. FollowUp:Reminders:Holidays. Defaults to none.')
param holidays holiday[] = []

@description('Required. FollowUp:Links:LifetimeDays.')
param linkLifetimeDays int

@description('Required. FollowUp:Links:FreshLinkCooldownMinutes.')
param freshLinkCooldownMinutes int

@description('Required. FollowUp:Links:FreshLinkGraceDays.')
param freshLinkGraceDays int

@description('Required. FollowUp:Links:FreshLinksPerAddressPerDay.')
param freshLinksPerAddressPerDay int

@description('Required. Id of the signing key that signs new links (FollowUp:Links:SigningKeys:0:Id).')
param signingKeyId string

@description('Required. Key Vault secret with that key.')
param signingKeySecretName string

@description('Optional. Id of the previous signing key, still accepted for links already sent; empty (the default) configures one key only.')
param previousSigningKeyId string = ''

@description('Optional. Key Vault secret with the previous key; used only with previousSigningKeyId.')
param previousSigningKeySecretName string = ''

@description('Required. Resource id of the Log Analytics workspace that receives the app\'s platform logs.')
param logAnalyticsWorkspaceId string

@description('Optional. FollowUp:PublicBaseUrl, the https origin links point to, without a trailing slash (a front door\'s endpoint). Empty (the default) uses the app\'s own host name.')
param publicBaseUrl string = ''

@description('Optional. Id of the Azure Front Door profile (its X-Azure-FDID) that alone may reach the app. Empty (the default) leaves the app open to any caller.')
param frontDoorId string = ''

@description('Optional. Key Vault secret holding the sign-in registration\'s client secret (auth.bicep reads it from MICROSOFT_PROVIDER_AUTHENTICATION_SECRET). Empty (the default) sets no such setting.')
param signInClientSecretName string = ''

// Flex Consumption reads the runtime and the package location from functionAppConfig, so none of
// FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION, WEBSITE_RUN_FROM_PACKAGE or WEBSITE_CONTENT*
// appear here: the platform rejects or ignores them on this plan.
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // The anonymous default page only tells a scanner that a Functions host answers here.
  AzureWebJobsDisableHomepage: 'true'
  // DigestDelivery's trigger connection (Connection = "FollowUpQueues"): the same identity, no key.
  FollowUpQueues__credential: 'managedidentity'
  FollowUpQueues__clientId: identityClientId
  FollowUpQueues__queueServiceUri: queueEndpoint
}

// The host is given no table endpoint on purpose: the identity may use FollowUp's tables only
// (roles.bicep), so the host's own diagnostic-event tables would be refused; without an endpoint
// the host does not try to write them.

// Secret settings are versionless Key Vault references (resolved with keyVaultReferenceIdentity),
// so a new secret version is picked up within a day, or at once on any change to the app's configuration.
// One entry per option FollowUp binds (FollowUpOptions and its sections). FollowUp:Storage:ConnectionString
// and FollowUp:Email:OutboxPath are deliberately absent: they are for local runs only.
var followUpSettings = {
  FollowUp__ScanSchedule: scanSchedule
  FollowUp__Storage__TableServiceUri: tableEndpoint
  FollowUp__Storage__ManagedIdentityClientId: identityClientId
  FollowUp__Storage__TablePrefix: tablePrefix
  FollowUp__Storage__BlobServiceUri: blobEndpoint
  FollowUp__Storage__BackupContainer: backupContainerName
  FollowUp__Storage__QueueServiceUri: queueEndpoint
  FollowUp__Queues__DigestQueue: digestQueueName
  FollowUp__Queues__ShardQueue: shardQueueName
  FollowUp__Queues__Shards: string(scanShards)
  // storage.bicep creates the tables, the backup container and the queues; the app's roles, scoped
  // to each of them, do not grant creating them, so the app must not try.
  FollowUp__Storage__CreateIfMissing: 'false'
  FollowUp__BackupSchedule: backupSchedule
  FollowUp__BackupRetentionDays: string(backupRetentionDays)
  FollowUp__Email__FromAddress: emailFromAddress
  FollowUp__Email__FromName: emailFromName
  FollowUp__Email__SendGridApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${sendGridApiKeySecretName})'
  FollowUp__Email__SandboxMode: emailSandboxMode ? 'true' : 'false'
  FollowUp__Email__DataResidency: emailDataResidency
  FollowUp__Email__EventWebhookToleranceSeconds: '300'
  FollowUp__Email__UnknownOutcomeGraceMinutes: '60'
  // The code treats empty lists as these defaults; writing them out makes the policy visible in the portal.
  FollowUp__Reminders__UpcomingDays__0: '14'
  FollowUp__Reminders__UpcomingDays__1: '3'
  FollowUp__Reminders__OverdueRepeatDays: string(overdueRepeatDays)
  FollowUp__Reminders__EscalateFromOverdueReminder: string(escalateFromOverdueReminder)
  FollowUp__Reminders__StaleAfterDays: string(staleAfterDays)
  FollowUp__Reminders__DefaultTimeZone: defaultTimeZone
  FollowUp__Reminders__WorkingDays__0: 'Monday'
  FollowUp__Reminders__WorkingDays__1: 'Tuesday'
  FollowUp__Reminders__WorkingDays__2: 'Wednesday'
  FollowUp__Reminders__WorkingDays__3: 'Thursday'
  FollowUp__Reminders__WorkingDays__4: 'Friday'
  FollowUp__Reminders__SendHour: string(sendHour)
  FollowUp__Links__LifetimeDays: string(linkLifetimeDays)
  FollowUp__Links__FreshLinkCooldownMinutes: string(freshLinkCooldownMinutes)
  FollowUp__Links__FreshLinkGraceDays: string(freshLinkGraceDays)
  FollowUp__Links__FreshLinksPerAddressPerDay: string(freshLinksPerAddressPerDay)
  FollowUp__Links__SigningKeys__0__Id: signingKeyId
  FollowUp__Links__SigningKeys__0__Secret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${signingKeySecretName})'
  // App Service Authentication (auth.bicep) sets X-MS-CLIENT-PRINCIPAL and strips client-sent copies.
  FollowUp__Secretariat__TrustEasyAuthHeaders: 'true'
}

// Optional addresses are left out rather than set to "": an empty string fails the [EmailAddress]
// validation at start-up, and an empty template id is not "no template".
var optionalSettings = union(
  empty(emailReplyToAddress) ? {} : { FollowUp__Email__ReplyToAddress: emailReplyToAddress },
  empty(emailTemplateId) ? {} : { FollowUp__Email__TemplateId: emailTemplateId },
  empty(escalationCc) ? {} : { FollowUp__Reminders__EscalationCc: escalationCc },
  // Set only once the operator stored the key: a reference to a missing secret would count as a
  // configured webhook, and unknown sends would be released after the grace period with no events to settle them.
  empty(signInClientSecretName) ? {} : {
    MICROSOFT_PROVIDER_AUTHENTICATION_SECRET: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${signInClientSecretName})'
  },
  empty(eventWebhookPublicKeySecretName) ? {} : {
    FollowUp__Email__EventWebhookPublicKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${eventWebhookPublicKeySecretName})'
  }
)

// During a rotation the previous key verifies links signed before it; it is dropped once they expire.
var previousSigningKeySettings = empty(previousSigningKeyId)
  ? {}
  : {
      FollowUp__Links__SigningKeys__1__Id: previousSigningKeyId
      FollowUp__Links__SigningKeys__1__Secret: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${previousSigningKeySecretName})'
    }

var holidaySettings = reduce(
  range(0, length(holidays)),
  {},
  (settings, i) =>
    union(settings, {
      'FollowUp__Reminders__Holidays__${i}__TimeZone': holidays[i].timeZone
      'FollowUp__Reminders__Holidays__${i}__Date': holidays[i].date
    })
)

// Only a front door's own traffic (service tag and its id in X-Azure-FDID) passes when one is named.
// The SCM site keeps its own, open rules: azd and `func` deploy through it with Entra tokens.
var frontDoorOnly = [
  {
    name: 'front-door-only'
    action: 'Allow'
    priority: 100
    tag: 'ServiceTag'
    ipAddress: 'AzureFrontDoor.Backend'
    headers: {
      'x-azure-fdid': [
        frontDoorId
      ]
    }
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      // No ftpsState: Flex Consumption has no FTP(S) endpoint, lists the property as deprecated, and
      // some regions reject a site that sets it (ARM error 51021).
      ipSecurityRestrictions: empty(frontDoorId) ? [] : frontDoorOnly
      ipSecurityRestrictionsDefaultAction: empty(frontDoorId) ? 'Allow' : 'Deny'
      scmIpSecurityRestrictionsUseMain: false
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: union(hostSettings, followUpSettings, optionalSettings, previousSigningKeySettings, holidaySettings, {
    FollowUp__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl
  })
}

// FunctionAppLogs only: the HTTP log categories of App Service would store every URL, token included.
resource platformDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'FunctionAppLogs'
        enabled: true
      }
    ]
  }
}

@description('Name of the function app.')
output name string = site.name

@description('Resource id of the function app.')
output resourceId string = site.id

@description('The app\'s public origin, also its FollowUp:PublicBaseUrl.')
output url string = empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl
