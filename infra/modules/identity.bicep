// The one identity the function app runs as. User-assigned, so that its role assignments and
// Key Vault access exist before the site does and survive re-creating the site.

@description('Required. Name of the user-assigned managed identity.')
param name string

@description('Required. Azure region of the identity.')
param location string

@description('Optional. Tags for the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output resourceId string = identity.id

@description('Client id of the identity, used by the app to ask for tokens as this identity.')
output clientId string = identity.properties.clientId

@description('Principal (object) id of the identity, used for role assignments.')
output principalId string = identity.properties.principalId
