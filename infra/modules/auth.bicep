// App Service Authentication (Easy Auth) in front of the whole function app, with Microsoft Entra ID:
// the secretariat's workspace (/api/secretariat/...) needs a signed-in person, and the app reads who
// and which app roles (Secretariat.Viewer, Secretariat.Admin) from X-MS-CLIENT-PRINCIPAL, which the
// platform sets and strips from client requests. The routes that must stay anonymous are excluded:
// the owner's signed-link pages and the SendGrid Event Webhook authenticate by signature instead.
// Without a client id nothing can sign in: every route not excluded answers 401 until the app
// registration exists (docs/deploy.md).

@description('Required. Name of the function app.')
param siteName string

@description('Optional. Application (client) id of the Entra app registration people sign in with. Empty (the default) locks the workspace: every non-excluded route answers 401.')
param clientId string = ''

@description('Optional. Directory (tenant) id of that registration. Defaults to the deployment\'s tenant.')
param tenantId string = tenant().tenantId

@description('Optional. Sign in with the registration\'s client secret, which the app setting MICROSOFT_PROVIDER_AUTHENTICATION_SECRET holds as a Key Vault reference (functionapp.bicep). Defaults to false: sign-in then uses ID tokens from the authorization endpoint (docs/deploy.md).')
param useClientSecret bool = false

// Paths that stay anonymous: the owner's signed-link routes (progress page and fresh link) and the
// SendGrid Event Webhook. FollowUp has no health route.
var anonymousPaths = [
  '/api/commitments/*'
  '/api/sendgrid/events'
]

var signInEnabled = !empty(clientId)

// The setting name App Service's own portal uses for this provider's secret.
var clientSecretSettingName = 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: siteName
}

resource auth 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      // Browsers are sent to the Entra sign-in; with no registration there is nowhere to send them.
      unauthenticatedClientAction: signInEnabled ? 'RedirectToLoginPage' : 'Return401'
      redirectToProvider: signInEnabled ? 'azureactivedirectory' : null
      excludedPaths: anonymousPaths
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
      preserveUrlFragmentsForLogins: false
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: signInEnabled
        registration: {
          clientId: clientId
          clientSecretSettingName: useClientSecret ? clientSecretSettingName : null
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: signInEnabled ? [
            'api://${clientId}'
            clientId
          ] : []
        }
      }
    }
  }
}

@description('The routes App Service lets through without a sign-in.')
output anonymousPaths array = anonymousPaths
