// ForumBot on Azure: storage, identity, monitoring, App Service and the Azure Bot with its
// Teams channel. Laid out for the Azure Developer CLI (`azd up`, see azure.yaml and
// docs/deploy.md); `az deployment sub create` works the same way.
targetScope = 'subscription'

metadata description = 'ForumBot, a Microsoft Teams bot for crime-prevention forums'

@description('Name of the environment (azd: AZURE_ENV_NAME); part of resource names and the azd-env-name tag.')
@minLength(1)
@maxLength(40)
param environmentName string

@description('Azure region for the regional resources (azd: AZURE_LOCATION).')
@minLength(1)
param location string

@description('Resource group to create or update. Empty: rg-<environmentName>.')
param resourceGroupName string = ''

@description('How the bot authenticates: UserAssignedMSI (no secret at all) or SingleTenant (an Entra app registration with a client secret in Key Vault). New multi-tenant bots can no longer be created.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s application (client) id. Ignored for UserAssignedMSI, where the managed identity\'s client id is used.')
param msaAppId string = ''

@description('Tenant of the bot\'s identity. Default: the deployment\'s tenant.')
param msaAppTenantId string = tenant().tenantId

@description('Name shown for the bot in Azure.')
param botDisplayName string = 'ForumBot'

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU (Basic or higher: always on is required).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServiceSkuName string = 'P0v3'

@description('Number of app instances. Two or more is safe: the scheduler runs on one instance at a time by a table lease.')
@minValue(1)
@maxValue(30)
param appServiceCapacity int = 2

@description('Storage account replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Prefix of the bot\'s table names (Storage:TablePrefix): a letter, then at most 29 letters or digits.')
@minLength(1)
@maxLength(30)
param tablePrefix string = 'forumbot'

@description('ForumBot:AllowedTenants: comma-separated tenant ids whose users may use the bot. Empty: the deployment\'s tenant only.')
param allowedTenants string = ''

@description('ForumBot:RetentionDays: days after which updates and other records are purged (the service accepts 30–3650).')
@minValue(30)
@maxValue(3650)
param retentionDays int = 365

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Optional: object id of the administrator (azd: AZURE_PRINCIPAL_ID) who gets table data access for import/export and, with SingleTenant, may set the secret in Key Vault.')
param adminPrincipalId string = ''

@description('Kind of principal adminPrincipalId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param adminPrincipalType string = 'User'

@description('Short, stable suffix for globally unique names.')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

@description('Tags on every resource; azd finds the environment\'s resources by azd-env-name.')
var tags = {
  'azd-env-name': environmentName
}

@description('Whether the bot uses an app registration with a secret (held in Key Vault).')
var usesSecret = msaAppType == 'SingleTenant'

@description('Name of the Key Vault, created only when usesSecret.')
var keyVaultName = 'kv${resourceToken}'

@description('Names the modules share; known before deployment, so What-If can predict the role assignments.')
var names = {
  identity: 'id-${environmentName}-${resourceToken}'
  logAnalytics: 'log-${environmentName}-${resourceToken}'
  appInsights: 'appi-${environmentName}-${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    location: location
    tags: tags
    name: names.identity
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    retentionInDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  dependsOn: [
    identity
  ]
  params: {
    location: location
    tags: tags
    name: 'st${resourceToken}'
    skuName: storageSkuName
    tablePrefix: tablePrefix
    botIdentityName: names.identity
    adminPrincipalId: adminPrincipalId
    adminPrincipalType: adminPrincipalType
  }
}

module keyVault 'modules/keyvault.bicep' = if (usesSecret) {
  scope: rg
  dependsOn: [
    identity
  ]
  params: {
    location: location
    tags: tags
    name: keyVaultName
    botIdentityName: names.identity
    adminPrincipalId: adminPrincipalId
    adminPrincipalType: adminPrincipalType
  }
}

@description('The bot\'s Microsoft App ID: the managed identity\'s client id, or the app registration\'s.')
var botAppId = usesSecret ? msaAppId : identity.outputs.clientId

module web 'modules/web.bicep' = {
  scope: rg
  dependsOn: [
    keyVault
  ]
  params: {
    location: location
    tags: tags
    planName: 'plan-${environmentName}-${resourceToken}'
    appName: 'app-${environmentName}-${resourceToken}'
    skuName: appServiceSkuName
    capacity: appServiceCapacity
    identityName: names.identity
    msaAppType: msaAppType
    msaAppId: botAppId
    msaAppTenantId: msaAppTenantId
    keyVaultName: usesSecret ? keyVaultName : ''
    tableServiceUri: storage.outputs.tableServiceUri
    tablePrefix: tablePrefix
    allowedTenants: empty(allowedTenants) ? msaAppTenantId : allowedTenants
    retentionDays: retentionDays
    appInsightsName: names.appInsights
    workspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/bot.bicep' = {
  scope: rg
  params: {
    name: 'bot-${environmentName}-${resourceToken}'
    tags: tags
    displayName: botDisplayName
    sku: botSku
    msaAppType: msaAppType
    msaAppId: botAppId
    msaAppTenantId: msaAppTenantId
    identityName: names.identity
    webHostName: web.outputs.hostName
  }
}

@description('Region of the deployment (azd).')
output AZURE_LOCATION string = location

@description('Tenant of the deployment (azd).')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Resource group holding the environment (azd).')
output AZURE_RESOURCE_GROUP string = rg.name

@description('The bot\'s Microsoft App ID: BOT_ID for tools/manifest/build-package.mjs.')
output BOT_ID string = botAppId

@description('The web app\'s host name: BOT_DOMAIN for tools/manifest/build-package.mjs.')
output BOT_DOMAIN string = web.outputs.hostName

@description('The messaging endpoint registered with the Azure Bot.')
output BOT_ENDPOINT string = bot.outputs.endpoint

@description('Name of the Azure Bot resource.')
output BOT_RESOURCE_NAME string = bot.outputs.name

@description('Name of the Web App.')
output WEB_APP_NAME string = web.outputs.name

@description('Name of the App Service plan (scale out: appServiceCapacity).')
output APP_SERVICE_PLAN_NAME string = web.outputs.planName

@description('Name of the storage account.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Table endpoint: Storage__TableServiceUri for the admin CLI (import, export, schedule).')
output STORAGE_TABLE_SERVICE_URI string = storage.outputs.tableServiceUri

@description('Client id of the bot\'s managed identity.')
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId

@description('Key Vault for MicrosoftAppPassword (SingleTenant), else empty.')
output KEY_VAULT_NAME string = usesSecret ? keyVaultName : ''

@description('Name of the Application Insights component.')
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.appInsightsName
