// Only for msaAppType SingleTenant: holds the app registration's client secret, which the
// web app reads through a Key Vault reference. The secret itself is set out of band
// (docs/deploy.md), so it never passes through a template, a parameter or an output.

@description('Azure region of the vault.')
param location string

@description('Tags for the vault.')
param tags {
  *: string
}

@description('Name of the vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Name of the bot\'s user-assigned managed identity (same resource group), which reads the secret.')
param botIdentityName string

@description('Optional: an administrator who sets and rotates the secret. Empty: none.')
param adminPrincipalId string

@description('Kind of principal adminPrincipalId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param adminPrincipalType string

@description('Built-in role Key Vault Secrets User (read secret values).')
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

@description('Built-in role Key Vault Secrets Officer (manage secrets).')
var secretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: botIdentityName
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource botSecretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, botIdentity.id, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: botIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource adminSecretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(adminPrincipalId)) {
  scope: vault
  name: guid(vault.id, adminPrincipalId, secretsOfficerRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRoleId)
    principalId: adminPrincipalId
    principalType: adminPrincipalType
  }
}

@description('Name of the vault.')
output name string = vault.name
