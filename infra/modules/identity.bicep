// The bot's one identity: it reads and writes the tables, resolves the Key Vault reference,
// and, when msaAppType is UserAssignedMSI, is the bot's Microsoft App ID as well.

@description('Azure region of the identity.')
param location string

@description('Tags for the identity.')
param tags {
  *: string
}

@description('Name of the user-assigned managed identity.')
param name string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client (application) id of the identity.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, for role assignments.')
output principalId string = identity.properties.principalId

@description('Tenant of the identity.')
output tenantId string = identity.properties.tenantId
