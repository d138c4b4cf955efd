// Example parameters. azd fills AZURE_ENV_NAME, AZURE_LOCATION and AZURE_PRINCIPAL_ID;
// with plain az, export them or replace the defaults below.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'forumbot-dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'swedencentral')

// UserAssignedMSI: the bot signs in as its managed identity, no secret to rotate.
// SingleTenant: FORUMBOT_MSA_APP_TYPE=SingleTenant and FORUMBOT_MSA_APP_ID=<the app registration's client id>
// (azd env set ..., see docs/deploy.md).
param msaAppType = readEnvironmentVariable('FORUMBOT_MSA_APP_TYPE', 'UserAssignedMSI')
param msaAppId = readEnvironmentVariable('FORUMBOT_MSA_APP_ID', '')

param appServiceSkuName = 'P0v3'
param appServiceCapacity = 2
param botSku = 'F0'

param tablePrefix = 'forumbot'
param allowedTenants = readEnvironmentVariable('FORUMBOT_ALLOWED_TENANTS', '')
param retentionDays = 365

// The signed-in administrator gets table access for `import`, and Key Vault secret access with SingleTenant.
param adminPrincipalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param adminPrincipalType = 'User'
