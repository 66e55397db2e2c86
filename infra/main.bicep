// FollowUp in one resource group: a Flex Consumption function app running as a user-assigned
// identity, its storage (host state, deployment package, FollowUp's tables and their backups), a Key Vault for the
// SendGrid key and link-signing keys, Application Insights over Log Analytics (which also receives
// the app's, the vault's and the tables' resource logs), and the alerts that email an operator.
// Deploy with `azd up` (infra/main.parameters.json) or `az deployment group create` (infra/main.bicepparam);
// docs/deploy.md walks through both.

import { holiday } from 'modules/types.bicep'

@description('Required. Name of the environment (e.g. prod, staging); seeds every resource name and the azd-env-name tag.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Optional. Azure region of every resource; it must offer Flex Consumption. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Optional. FollowUp:Queues:Shards: 0 (the default) has the timer read every open commitment; 1-64 has it queue that many shard messages, planned from the owner index (run followup reindex first).')
@minValue(0)
@maxValue(64)
param scanShards int = 0

@description('Optional. Principal id of the person or pipeline that sets the secrets; granted Key Vault Secrets Officer. Empty (the default) grants nothing.')
param operatorPrincipalId string = ''

@description('Optional. Type of operatorPrincipalId. Defaults to User.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

@description('Optional. Upper bound of instances the app scales out to. One timer run and a few hundred owners\' clicks need one or two; the cap bounds the bill when something floods the anonymous routes. Defaults to 10.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@description('Optional. Memory of each instance in MB (512, 2048 or 4096). Defaults to 2048.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Optional. FollowUp:Storage:TablePrefix, prefixed to the Commitments, SendLedger and LinkRequests tables. Defaults to FollowUp.')
@minLength(1)
@maxLength(41)
param tablePrefix string = 'FollowUp'

@description('Optional. FollowUp:ScanSchedule, the NCRONTAB schedule of the reminder scan in UTC. Defaults to hourly. Change scanIntervalMinutes with it.')
param scanSchedule string = '0 0 * * * *'

@description('Optional. Minutes between two runs of scanSchedule (60 for the hourly default). The heartbeat alert fires when no scan completed within two of them. Defaults to 60.')
@allowed([
  15
  30
  60
  120
  180
  720
  1440
])
param scanIntervalMinutes int = 60

@description('Optional. FollowUp:BackupSchedule, the NCRONTAB schedule (UTC) of the export of every table to the backup container. Defaults to daily at 02:30.')
param backupSchedule string = '0 30 2 * * *'

@description('Optional. FollowUp:BackupRetentionDays: days a backup is kept before the lifecycle rule deletes it and its versions. Defaults to 35.')
@minValue(1)
@maxValue(3650)
param backupRetentionDays int = 35

@description('Required. Email address that receives every alert (scan failed or silent, digests failed, unresolved claims, 5xx on the update pages).')
@minLength(3)
param alertEmailAddress string

@description('Optional. Zone-redundant storage (Standard_ZRS). Set false in a region without availability zones (Standard_LRS). Defaults to true.')
param zoneRedundantStorage bool = true

@description('Optional. Put a CanNotDelete lock on the storage account that holds the commitments and the send ledger. Defaults to true.')
param lockStorageAccount bool = true

@description('Optional. FollowUp:PublicBaseUrl when a front door serves the update pages (https://..., no trailing slash). Empty (the default) uses the function app\'s own host name.')
param publicBaseUrl string = ''

@description('Optional. Id of the Azure Front Door profile in front of the app (its X-Azure-FDID); when set, only that front door can reach the app. Empty (the default) leaves the app reachable directly.')
param frontDoorId string = ''

@description('Optional. Application (client) id of the Entra app registration the secretariat signs in with (docs/deploy.md). Empty (the default) keeps the workspace closed: it answers 401 to everyone.')
param signInClientId string = ''

@description('Optional. Directory (tenant) id of that registration. Defaults to the deployment\'s tenant.')
param signInTenantId string = tenant().tenantId

@description('Optional. Key Vault secret holding that registration\'s client secret. Empty (the default) signs in without one, with ID tokens from the authorization endpoint.')
param signInClientSecretName string = ''

@description('Required. FollowUp:Email:FromAddress, the sender of every reminder (a verified SendGrid sender).')
param emailFromAddress string

@description('Optional. FollowUp:Email:FromName. Defaults to FollowUp.')
param emailFromName string = 'FollowUp'

@description('Optional. FollowUp:Email:ReplyToAddress. Empty (the default) leaves it unset.')
param emailReplyToAddress string = ''

@description('Optional. FollowUp:Email:SandboxMode: SendGrid validates but does not deliver. Defaults to false.')
param emailSandboxMode bool = false

@description('Optional. FollowUp:Email:TemplateId, a SendGrid dynamic template (d-...). Empty (the default) uses FollowUp\'s own bodies.')
param emailTemplateId string = ''

@description('Key Vault secret holding the public key of SendGrid\'s signed Event Webhook (docs/deploy.md). Empty until the webhook is switched on: without it, unknown sends stay claimed.')
param eventWebhookPublicKeySecretName string = ''

@description('Optional. FollowUp:Email:DataResidency, global or eu. Defaults to global.')
@allowed([
  'global'
  'eu'
])
param emailDataResidency string = 'global'

@description('Optional. FollowUp:Reminders:OverdueRepeatDays. Defaults to 7.')
@minValue(1)
@maxValue(365)
param overdueRepeatDays int = 7

@description('Optional. FollowUp:Reminders:EscalateFromOverdueReminder. Defaults to 3.')
@minValue(1)
@maxValue(100)
param escalateFromOverdueReminder int = 3

@description('Optional. FollowUp:Reminders:StaleAfterDays. Defaults to 30.')
@minValue(1)
@maxValue(365)
param staleAfterDays int = 30

@description('Optional. FollowUp:Reminders:EscalationCc, the secretariat copied on escalations. Empty (the default) leaves it unset.')
param escalationCc string = ''

@description('Optional. FollowUp:Reminders:DefaultTimeZone. Defaults to UTC.')
param defaultTimeZone string = 'UTC'

@description('Optional. FollowUp:Reminders:SendHour, the local hour from which digests go out. Defaults to 9.')
@minValue(0)
@maxValue(23)
param sendHour int = 9

@description('Optional. FollowUp:Reminders:Holidays. Defaults to none.')
param holidays holiday[] = []

@description('Optional. FollowUp:Links:LifetimeDays, how long an update link stays valid. Defaults to 30.')
@minValue(1)
@maxValue(365)
param linkLifetimeDays int = 30

@description('Optional. FollowUp:Links:FreshLinkCooldownMinutes. Defaults to 60.')
@minValue(1)
@maxValue(1440)
param freshLinkCooldownMinutes int = 60

@description('Optional. FollowUp:Links:FreshLinkGraceDays: how long after expiry a link may still ask for a fresh one. Defaults to 90.')
@minValue(0)
@maxValue(365)
param freshLinkGraceDays int = 90

@description('Optional. FollowUp:Links:FreshLinksPerAddressPerDay: fresh-link emails to one address per UTC day. Defaults to 5.')
@minValue(1)
@maxValue(100)
param freshLinksPerAddressPerDay int = 5

@description('Optional. Id of the key that signs new links (letters, digits, dashes; at most 16). Its secret is link-signing-key-<id>. Defaults to key1.')
@minLength(1)
@maxLength(16)
param signingKeyId string = 'key1'

@description('Optional. Id of the previous signing key during a rotation; its links keep verifying until it is removed. Empty (the default) configures one key.')
@maxLength(16)
param previousSigningKeyId string = ''

@description('Optional. The SendGrid API key, written to Key Vault when given. Empty (the default) leaves the secret to the operator (docs/deploy.md).')
@secure()
param sendGridApiKey string = ''

@description('Optional. Base64 of 32 random bytes for the current signing key, written to Key Vault when given. Empty (the default) leaves the secret to the operator.')
@secure()
param signingKeySecret string = ''

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = 'func-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'
var backupContainerName = 'followup-backups'
// FollowUp:Queues:DigestQueue's default: one queue per account, as one storage account serves one deployment.
var digestQueueName = 'followup-digests'
// FollowUp:Queues:ShardQueue's default, likewise.
var shardQueueName = 'followup-shards'
var sendGridApiKeySecretName = 'sendgrid-api-key'
var signingKeySecretName = 'link-signing-key-${signingKeyId}'
var previousSigningKeySecretName = empty(previousSigningKeyId) ? '' : 'link-signing-key-${previousSigningKeyId}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    backupContainerName: backupContainerName
    backupRetentionDays: backupRetentionDays
    tablePrefix: tablePrefix
    digestQueueName: digestQueueName
    shardQueueName: shardQueueName
    zoneRedundant: zoneRedundantStorage
    lockAccount: lockStorageAccount
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    sendGridApiKeySecretName: sendGridApiKeySecretName
    sendGridApiKey: sendGridApiKey
    currentSigningKeySecretName: signingKeySecretName
    currentSigningKeySecret: signingKeySecret
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    appPrincipalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    tableNames: storage.outputs.tableNames
    backupContainerName: storage.outputs.backupContainerName
    digestQueueName: storage.outputs.digestQueueName
    poisonQueueName: storage.outputs.poisonQueueName
    shardQueueName: storage.outputs.shardQueueName
    shardPoisonQueueName: storage.outputs.shardPoisonQueueName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  // The host reads its storage and Key Vault references as soon as the site exists.
  dependsOn: [
    roles
  ]
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: keyVault.outputs.vaultUri
    sendGridApiKeySecretName: sendGridApiKeySecretName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    scanSchedule: scanSchedule
    tablePrefix: tablePrefix
    backupSchedule: backupSchedule
    backupRetentionDays: backupRetentionDays
    backupContainerName: storage.outputs.backupContainerName
    digestQueueName: storage.outputs.digestQueueName
    shardQueueName: storage.outputs.shardQueueName
    scanShards: scanShards
    emailFromAddress: emailFromAddress
    emailFromName: emailFromName
    emailReplyToAddress: emailReplyToAddress
    emailSandboxMode: emailSandboxMode
    emailTemplateId: emailTemplateId
    eventWebhookPublicKeySecretName: eventWebhookPublicKeySecretName
    emailDataResidency: emailDataResidency
    overdueRepeatDays: overdueRepeatDays
    escalateFromOverdueReminder: escalateFromOverdueReminder
    staleAfterDays: staleAfterDays
    escalationCc: escalationCc
    defaultTimeZone: defaultTimeZone
    sendHour: sendHour
    holidays: holidays
    linkLifetimeDays: linkLifetimeDays
    freshLinkCooldownMinutes: freshLinkCooldownMinutes
    freshLinkGraceDays: freshLinkGraceDays
    freshLinksPerAddressPerDay: freshLinksPerAddressPerDay
    signingKeyId: signingKeyId
    signingKeySecretName: signingKeySecretName
    previousSigningKeyId: previousSigningKeyId
    previousSigningKeySecretName: previousSigningKeySecretName
    logAnalyticsWorkspaceId: monitoring.outputs.logAnalyticsId
    publicBaseUrl: publicBaseUrl
    frontDoorId: frontDoorId
    signInClientSecretName: signInClientSecretName
  }
}

module signIn 'modules/auth.bicep' = {
  name: 'signin'
  params: {
    siteName: functionApp.outputs.name
    clientId: signInClientId
    tenantId: signInTenantId
    useClientSecret: !empty(signInClientSecretName)
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    nameSuffix: resourceToken
    actionGroupName: 'ag-${resourceToken}'
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    alertEmailAddress: alertEmailAddress
    scanIntervalMinutes: scanIntervalMinutes
  }
}

@description('Name of the function app (azd and `az functionapp` commands use it).')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Public origin of the function app, also FollowUp:PublicBaseUrl.')
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url

@description('Name of the Key Vault that holds the secrets.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('Name of the Key Vault secret to put the SendGrid API key in.')
output SENDGRID_API_KEY_SECRET_NAME string = sendGridApiKeySecretName

@description('Name of the Key Vault secret to put the current link-signing key in.')
output SIGNING_KEY_SECRET_NAME string = signingKeySecretName

@description('Name of the blob container that holds the daily backups of the tables.')
output BACKUP_CONTAINER_NAME string = storage.outputs.backupContainerName

@description('Name of the storage account.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Name of the Application Insights component, for the KQL check in docs/deploy.md.')
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName

@description('Principal id of the app\'s identity: the only principal infra/deployer.bicep lets the pipeline grant roles to.')
output AZURE_APP_PRINCIPAL_ID string = identity.outputs.principalId
