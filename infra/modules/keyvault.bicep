// The vault for FollowUp's secrets: the SendGrid API key and the link-signing keys. Access is by
// Azure RBAC only (no access policies), and deleted secrets stay recoverable: a signing key that
// is purged by mistake would make every link already sent with it unverifiable. Every access
// (who read which secret, and who was refused) goes to Log Analytics as AuditEvent.

@description('Required. Name of the Key Vault (3-24 letters, digits and dashes).')
@minLength(3)
@maxLength(24)
param name string

@description('Required. Azure region of the vault.')
param location string

@description('Optional. Tags for the vault.')
param tags object = {}

@description('Required. Name of the secret that holds the SendGrid API key.')
param sendGridApiKeySecretName string

@description('Optional. The SendGrid API key. When empty (the default) no secret is written, so an operator-set value is never overwritten by a redeployment.')
@secure()
param sendGridApiKey string = ''

@description('Required. Name of the secret that holds the current link-signing key.')
param currentSigningKeySecretName string

@description('Optional. Base64 of at least 32 random bytes for the current link-signing key. When empty (the default) no secret is written.')
@secure()
param currentSigningKeySecret string = ''

@description('Required. Resource id of the Log Analytics workspace that receives the vault\'s audit log.')
param logAnalyticsWorkspaceId string

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: sendGridApiKeySecretName
  properties: {
    value: sendGridApiKey
    contentType: 'SendGrid API key'
  }
}

resource signingKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(currentSigningKeySecret)) {
  parent: vault
  name: currentSigningKeySecretName
  properties: {
    value: currentSigningKeySecret
    contentType: 'FollowUp link-signing key (base64)'
  }
}

resource auditDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

@description('Name of the Key Vault.')
output name string = vault.name

@description('Resource id of the Key Vault.')
output resourceId string = vault.id

@description('URI of the Key Vault, ending with a slash.')
output vaultUri string = vault.properties.vaultUri
