// Every role assignment of the deployment, in one place, so that what the app may do is reviewable
// at a glance. Names are guid(scope, principal, role): stable across redeployments, unique per grant.

@description('Required. Principal id of the function app\'s user-assigned identity.')
param appPrincipalId string

@description('Required. Name of the storage account the app and its host use.')
param storageAccountName string

@description('Required. Names of FollowUp\'s tables in that account; the app may read and write these and no other table.')
param tableNames string[]

@description('Required. Name of the blob container that holds the backups; the app may write there.')
param backupContainerName string

@description('Required. Name of the digest delivery queue: the timer sends to it, DigestDelivery receives and deletes from it.')
param digestQueueName string

@description('Required. Name of the digest queue\'s poison queue: the host moves a message there after maxDequeueCount failures.')
param poisonQueueName string

@description('Required. Name of the shard queue: the timer sends shard messages, ShardPlanning receives them and sends the escalate step.')
param shardQueueName string

@description('Required. Name of the shard queue\'s poison queue: the host moves a message there after maxDequeueCount failures.')
param shardPoisonQueueName string

@description('Required. Name of the Application Insights component the app sends telemetry to.')
param applicationInsightsName string

@description('Required. Name of the Key Vault holding the app\'s secrets.')
param keyVaultName string

@description('Optional. Principal id of a person or pipeline that sets the secrets (Key Vault Secrets Officer). Empty (the default) grants nothing.')
param operatorPrincipalId string = ''

@description('Optional. Type of the operator principal. Defaults to User.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataReader = '19e7f393-937e-4f77-808e-94535e297925'
var storageQueueDataMessageProcessor = '8a0f0c08-91a1-4084-bc3d-661d67233fed'
var storageQueueDataMessageSender = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var reader = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' existing = {
  parent: storageAccount
  name: 'default'
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storageAccount
  name: 'default'
}

resource backupContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: backupContainerName
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' existing = {
  parent: storageAccount
  name: 'default'
}

resource digestQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' existing = {
  parent: queueService
  name: digestQueueName
}

resource poisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' existing = {
  parent: queueService
  name: poisonQueueName
}

resource shardQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' existing = {
  parent: queueService
  name: shardQueueName
}

resource shardPoisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' existing = {
  parent: queueService
  name: shardPoisonQueueName
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' existing = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

// The host keeps leases and timer state in blobs, and the platform reads the deployment package.
resource appBlobRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount.id, appPrincipalId, storageBlobDataOwner)
  scope: storageAccount
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
  }
}

// Digest delivery, granted on its two queues and nothing wider: the host itself needs no queue (its
// timers lock with blobs), so no queue of another app in the account is within reach. The queue
// trigger reads the queue's length (Reader, also what target-based scaling reads) and receives and
// deletes messages (Message Processor), the roles Microsoft documents for the trigger; the timer
// only adds messages (Message Sender); the host adds a poisoned message to the poison queue
// (Message Sender there), which storage.bicep created so that it never needs to create it.
resource appDigestQueueReaderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(digestQueue.id, appPrincipalId, storageQueueDataReader)
  scope: digestQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataReader)
  }
}

resource appDigestQueueProcessorRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(digestQueue.id, appPrincipalId, storageQueueDataMessageProcessor)
  scope: digestQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageProcessor)
  }
}

resource appDigestQueueSenderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(digestQueue.id, appPrincipalId, storageQueueDataMessageSender)
  scope: digestQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
  }
}

resource appPoisonQueueRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(poisonQueue.id, appPrincipalId, storageQueueDataMessageSender)
  scope: poisonQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
  }
}

// Shard planning, granted the same way on its own two queues: ShardPlanning's trigger reads and
// takes shard messages (Reader, Message Processor); the timer adds them and the last shard of a run
// adds its escalate step (Message Sender); the host adds a poisoned one to the poison queue.
resource appShardQueueReaderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(shardQueue.id, appPrincipalId, storageQueueDataReader)
  scope: shardQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataReader)
  }
}

resource appShardQueueProcessorRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(shardQueue.id, appPrincipalId, storageQueueDataMessageProcessor)
  scope: shardQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageProcessor)
  }
}

resource appShardQueueSenderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(shardQueue.id, appPrincipalId, storageQueueDataMessageSender)
  scope: shardQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
  }
}

resource appShardPoisonQueueRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(shardPoisonQueue.id, appPrincipalId, storageQueueDataMessageSender)
  scope: shardPoisonQueue
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
  }
}

// FollowUp's commitments, send ledger and link requests, each granted on the table itself, so a
// table added to the account later (a backup's, another app's) is out of the app's reach.
resource appTableRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (tableName, i) in tableNames: {
    name: guid(tables[i].id, appPrincipalId, storageTableDataContributor)
    scope: tables[i]
    properties: {
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    }
  }
]

// The backup timer writes its exports here. Granted on the container, so it holds whatever the
// host's account-wide blob role becomes.
resource appBackupRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(backupContainer.id, appPrincipalId, storageBlobDataContributor)
  scope: backupContainer
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

// The backup finds FollowUp's tables by listing them (Query Tables, the action
// tableServices/tables/read), which a role on each table does not allow. Reader on the table
// service grants that read of names and no entity: the data roles above stay per table.
resource appTableListRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(tableService.id, appPrincipalId, reader)
  scope: tableService
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', reader)
  }
}

// Needed to send telemetry to Application Insights with local auth disabled.
resource appMonitoringRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appPrincipalId, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

// Resolves the app settings' Key Vault references.
resource appSecretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

// With RBAC authorization even the subscription owner cannot write secrets until granted a data role.
resource operatorSecretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
  }
}
