// The roles of the principal that .github/workflows/deploy.yml signs in as, granted once by an Owner
// of the resource group after the first deployment (docs/deploy.md, "Automated deployment"). The
// pipeline can create and update resources, and re-apply the app's own role assignments, but holds
// no right to read a secret and cannot give itself one:
// - Contributor manages resources but no Key Vault data: the vault uses RBAC, and switching it back
//   to access policies needs an unconditional roleAssignments/write, which the pipeline lacks.
// - Role Based Access Control Administrator is conditioned: only the app's roles (roles.bicep), and
//   only to the app's identity, may be assigned or removed.
// - A custom role adds locks/write, so the deployment can re-apply the storage lock but never delete it.

@description('Required. Object (principal) id of the service principal or managed identity the deploy workflow signs in as.')
param deployerPrincipalId string

@description('Required. Principal id of the app\'s identity, the AZURE_APP_PRINCIPAL_ID output of the first deployment of infra/main.bicep.')
param appPrincipalId string

// Built-in role definition ids.
var contributor = 'b24988ac-6180-42a0-ab88-20f7382dd24c'
var roleBasedAccessControlAdministrator = 'f58310d9-a9f6-439a-9e8d-f62e7b41a168'

// The roles infra/modules/roles.bicep gives the app's identity, and nothing else.
var appRoles = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
  '19e7f393-937e-4f77-808e-94535e297925' // Storage Queue Data Reader (the digest queue)
  '8a0f0c08-91a1-4084-bc3d-661d67233fed' // Storage Queue Data Message Processor (the digest queue)
  'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a' // Storage Queue Data Message Sender (the digest queue and its poison queue)
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
  '3913510d-42f4-4e42-8a64-420c390055eb' // Monitoring Metrics Publisher
  '4633458b-17de-408a-b874-0445c86b69e6' // Key Vault Secrets User
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor (the backup container)
  'acdd72a7-3385-48ef-bd42-f606fba81ae7' // Reader (the table service: lists tables for the backup)
]
var appRoleSet = '{${join(appRoles, ', ')}}'

// Azure ABAC, as in "Examples to delegate Azure role assignment management with conditions": a write
// is checked on the request, a delete on the assignment it removes.
var delegationCondition = '((!(ActionMatches{\'Microsoft.Authorization/roleAssignments/write\'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals ${appRoleSet} AND @Request[Microsoft.Authorization/roleAssignments:PrincipalId] ForAnyOfAnyValues:GuidEquals {${appPrincipalId}})) AND ((!(ActionMatches{\'Microsoft.Authorization/roleAssignments/delete\'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals ${appRoleSet} AND @Resource[Microsoft.Authorization/roleAssignments:PrincipalId] ForAnyOfAnyValues:GuidEquals {${appPrincipalId}}))'

resource lockWriter 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'followup-lock-writer')
  properties: {
    roleName: 'FollowUp lock writer (${resourceGroup().name}, ${uniqueString(resourceGroup().id)})'
    description: 'Lets the FollowUp deployment create or update management locks in this resource group, not delete them.'
    type: 'CustomRole'
    permissions: [
      {
        actions: [
          'Microsoft.Authorization/locks/write'
        ]
        notActions: []
      }
    ]
    assignableScopes: [
      resourceGroup().id
    ]
  }
}

resource deployerContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, deployerPrincipalId, contributor)
  properties: {
    principalId: deployerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', contributor)
  }
}

resource deployerRoleAdministrator 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, deployerPrincipalId, roleBasedAccessControlAdministrator)
  properties: {
    principalId: deployerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleBasedAccessControlAdministrator)
    condition: delegationCondition
    conditionVersion: '2.0'
    description: 'May assign only the FollowUp app\'s roles, and only to the app\'s identity.'
  }
}

resource deployerLockWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, deployerPrincipalId, lockWriter.id)
  properties: {
    principalId: deployerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: lockWriter.id
  }
}

@description('Resource id of the custom role that lets the deployment write, but not delete, locks.')
output lockWriterRoleId string = lockWriter.id
