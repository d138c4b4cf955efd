// Linux App Service plan and Web App running the bot on .NET 10. The scheduler takes a
// table lease, so running two or more instances is safe and gives the health check a
// second instance to route to.

@description('Azure region of the plan and the app.')
param location string

@description('Tags for the plan; the app also gets azd-service-name.')
param tags {
  *: string
}

@description('Name of the App Service plan.')
param planName string

@description('Name of the Web App (globally unique; becomes <name>.azurewebsites.net).')
param appName string

@description('App Service plan SKU.')
param skuName string

@description('Number of instances.')
@minValue(1)
param capacity int

@description('Name of the user-assigned identity (same resource group) the app runs as.')
param identityName string

@description('MicrosoftAppType: SingleTenant or UserAssignedMSI.')
param msaAppType string

@description('MicrosoftAppId: the bot\'s app registration or managed identity client id.')
param msaAppId string

@description('MicrosoftAppTenantId.')
param msaAppTenantId string

@description('Key Vault holding MicrosoftAppPassword (SingleTenant only); empty for UserAssignedMSI.')
param keyVaultName string

@description('Storage:TableServiceUri.')
param tableServiceUri string

@description('Storage:TablePrefix.')
param tablePrefix string

@description('ForumBot:AllowedTenants, comma-separated tenant ids.')
param allowedTenants string

@description('ForumBot:RetentionDays.')
param retentionDays int

@description('Name of the Application Insights component whose connection string the app gets.')
param appInsightsName string

@description('Resource id of the Log Analytics workspace for the app\'s platform and console logs.')
param workspaceId string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

@description('Settings every deployment gets. Names use __ for the : of .NET configuration keys (Linux app settings allow no colon).')
var baseSettings = [
  { name: 'MicrosoftAppType', value: msaAppType }
  { name: 'MicrosoftAppId', value: msaAppId }
  { name: 'MicrosoftAppTenantId', value: msaAppTenantId }
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'Storage__TableServiceUri', value: tableServiceUri }
  { name: 'Storage__TablePrefix', value: tablePrefix }
  { name: 'ForumBot__AllowedTenants', value: allowedTenants }
  { name: 'ForumBot__RetentionDays', value: string(retentionDays) }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
]

@description('The client secret, as a Key Vault reference resolved by App Service with the app\'s identity: never a value in the template.')
var secretSettings = empty(keyVaultName)
  ? []
  : [
      { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=MicrosoftAppPassword)' }
    ]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: capacity
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet ForumBot.dll'
      alwaysOn: true
      healthCheckPath: '/healthz'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      appSettings: concat(baseSettings, secretSettings)
    }
  }
}

// Deployments authenticate with Entra ID (azd, az webapp deploy); no publishing passwords.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

// The only stable version of this type is the legacy 2016 shape (a single setting named
// 'service'); the 2021 preview is what Azure Monitor documents for workspace destinations.
#disable-next-line use-recent-api-versions
resource appLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: app
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      for category in [
        'AppServiceConsoleLogs'
        'AppServiceAppLogs'
        'AppServiceHTTPLogs'
        'AppServicePlatformLogs'
      ]: {
        category: category
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

@description('Name of the Web App.')
output name string = app.name

@description('Name of the App Service plan.')
output planName string = plan.name

@description('Default host name of the Web App.')
output hostName string = app.properties.defaultHostName
