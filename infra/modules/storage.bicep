// The bot's Table storage: no shared keys, no public blobs, TLS 1.2, and access only through
// Entra ID (the bot's managed identity, and optionally the administrator who runs `import`).

@description('Azure region of the storage account.')
param location string

@description('Tags for the storage account.')
param tags {
  *: string
}

@description('Name of the storage account (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Replication of the storage account.')
param skuName string

@description('Prefix of every table name: a letter, then at most 29 letters or digits.')
@minLength(1)
@maxLength(30)
param tablePrefix string

@description('Name of the bot\'s user-assigned managed identity, in this resource group.')
param botIdentityName string

@description('Optional: an administrator (user, group or service principal) who gets the same table access, for the import and export commands. Empty: none.')
param adminPrincipalId string

@description('Kind of principal adminPrincipalId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param adminPrincipalType string

@description('The bot\'s tables, without the prefix.')
var tableSuffixes = [
  'ConversationRefs'
  'Network'
  'Outbox'
  'Jobs'
  'Leases'
  'Updates'
  'Dedupe'
]

@description('Built-in role Storage Table Data Contributor.')
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: botIdentityName
}

resource account 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-06-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-06-01' = [
  for suffix in tableSuffixes: {
    parent: tableService
    name: '${tablePrefix}${suffix}'
  }
]

resource botTableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, botIdentity.id, tableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: botIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource adminTableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(adminPrincipalId)) {
  scope: account
  name: guid(account.id, adminPrincipalId, tableDataContributorRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: adminPrincipalId
    principalType: adminPrincipalType
  }
}

@description('Name of the storage account.')
output name string = account.name

@description('Table service endpoint, the value of Storage:TableServiceUri.')
output tableServiceUri string = account.properties.primaryEndpoints.table

@description('Names of the tables created.')
output tableNames string[] = [for (suffix, i) in tableSuffixes: tables[i].name]
