// The one storage account: the Functions host's own state, the deployment package container and
// FollowUp's tables, the digest delivery queues, and the container of their backups (versioned, soft-deleted, kept
// backupRetentionDays by a lifecycle rule). Shared keys are off, so every caller (host, app, operator) uses Entra ID.
// Every table read and write is logged to Log Analytics, and a lock keeps the account (and so the
// commitments and the send ledger) from being deleted with the resource group by mistake.

@description('Required. Name of the storage account (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Required. Azure region of the account.')
param location string

@description('Optional. Tags for the account.')
param tags object = {}

@description('Required. Name of the blob container that holds the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Required. Name of the blob container that holds the backups of FollowUp\'s tables (FollowUp:Storage:BackupContainer).')
param backupContainerName string

@description('Optional. Days a backup is kept (FollowUp:BackupRetentionDays); the lifecycle rule deletes older ones and their versions. Defaults to 35.')
@minValue(1)
@maxValue(3650)
param backupRetentionDays int = 35

@description('Optional. Days a deleted blob or container can still be restored (soft delete). Defaults to 7.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 7

@description('Required. Prefix of FollowUp\'s tables (FollowUp:Storage:TablePrefix).')
param tablePrefix string

@description('Required. Name of the digest delivery queue (FollowUp:Queues:DigestQueue); its poison queue is this name with -poison.')
@minLength(3)
@maxLength(56)
param digestQueueName string

@description('Required. Name of the shard queue (FollowUp:Queues:ShardQueue); its poison queue is this name with -poison.')
@minLength(3)
@maxLength(56)
param shardQueueName string

@description('Optional. Zone-redundant storage (Standard_ZRS); false gives locally redundant storage (Standard_LRS) for a region without availability zones. Defaults to true.')
param zoneRedundant bool = true

@description('Optional. Put a CanNotDelete lock on the account. Defaults to true.')
param lockAccount bool = true

@description('Required. Resource id of the Log Analytics workspace that receives the table service\'s logs.')
param logAnalyticsWorkspaceId string

var tableNames = [
  '${tablePrefix}Commitments'
  '${tablePrefix}SendLedger'
  '${tablePrefix}LinkRequests'
  '${tablePrefix}Snapshots'
  '${tablePrefix}DataProtection'
  '${tablePrefix}OwnerIndex'
  '${tablePrefix}ScanRuns'
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: zoneRedundant ? 'Standard_ZRS' : 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// Versioning keeps what a write or a delete replaced; soft delete undoes a deleted blob or container.
// Together they protect the backups from a mistaken delete or overwrite for softDeleteRetentionDays
// and beyond (a version stays until the lifecycle rule removes it).
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storageAccount
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource backupContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: backupContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Backups are written once and never changed, so a backup's age is its modification time; its
// versions (left by a delete) go at the same age. The host's own blobs change on every timer run and
// every deployment: their previous versions are kept only as long as soft delete would keep them.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: storageAccount
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          enabled: true
          name: 'expire-backups'
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${backupContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: backupRetentionDays
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: backupRetentionDays
                }
              }
            }
          }
        }
        {
          enabled: true
          name: 'expire-host-versions'
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                'azure-webjobs-hosts/'
                'azure-webjobs-secrets/'
                '${deploymentContainerName}/'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: softDeleteRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storageAccount
  name: 'default'
}

// Created here, not by the app: its roles are scoped to each table (roles.bicep), which lets it use
// a table but not create one, so the app runs with FollowUp:Storage:CreateIfMissing false.
resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: storageAccount
  name: 'default'
}

// The timer queues one message per digest; DigestDelivery takes them. With FollowUp:Queues:Shards
// set, the timer queues shard messages instead and ShardPlanning takes them. The host moves a message
// that failed maxDequeueCount times (host.json) to the poison queue, which it would create on first
// use: created here instead, because the app's queue roles (roles.bicep), scoped to these queues, do
// not grant creating one.
var queueNames = [
  digestQueueName
  '${digestQueueName}-poison'
  shardQueueName
  '${shardQueueName}-poison'
]

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

// StorageRead includes the request URI, and so the send ledger's partition key: an owner's address.
resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: tableService
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'StorageRead'
        enabled: true
      }
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

// A CanNotDelete lock stops deleting the account (and `az group delete`), not deleting data in it.
resource lock 'Microsoft.Authorization/locks@2020-05-01' = if (lockAccount) {
  name: 'followup-data'
  scope: storageAccount
  properties: {
    level: 'CanNotDelete'
    notes: 'Holds FollowUp\'s commitments and send ledger. Remove this lock on purpose before deleting the account.'
  }
}

@description('Name of the storage account.')
output name string = storageAccount.name

@description('Resource id of the storage account.')
output resourceId string = storageAccount.id

@description('Blob service endpoint, ending with a slash.')
output blobEndpoint string = storageAccount.properties.primaryEndpoints.blob

@description('Queue service endpoint, ending with a slash.')
output queueEndpoint string = storageAccount.properties.primaryEndpoints.queue

@description('Table service endpoint, ending with a slash.')
output tableEndpoint string = storageAccount.properties.primaryEndpoints.table

@description('Name of the deployment package container.')
output deploymentContainerName string = deploymentContainer.name

@description('Name of the backup container.')
output backupContainerName string = backupContainer.name

@description('Name of the digest delivery queue.')
output digestQueueName string = queues[0].name

@description('Name of the digest delivery queue\'s poison queue.')
output poisonQueueName string = queues[1].name

@description('Name of the shard queue.')
output shardQueueName string = queues[2].name

@description('Name of the shard queue\'s poison queue.')
output shardPoisonQueueName string = queues[3].name

@description('Names of FollowUp\'s tables.')
output tableNames array = [for (tableName, i) in tableNames: tables[i].name]
