// The Azure Bot registration: the messaging endpoint, the identity Teams sends tokens for,
// and the Microsoft Teams channel as the only channel that is on. ForumBot answers every other
// channelId with 403; here Web Chat (which Azure creates, enabled, with every new bot) and
// Direct Line are declared with their one site disabled, so each deployment turns them off again.

@description('Name (handle) of the bot; globally unique.')
@minLength(2)
@maxLength(64)
param name string

@description('Tags for the bot.')
param tags {
  *: string
}

@description('Name shown for the bot.')
param displayName string

@description('Pricing tier; Teams is a standard channel, free in F0 too.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('SingleTenant (app registration with a secret) or UserAssignedMSI.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string

@description('Microsoft App ID: the app registration\'s client id, or the managed identity\'s client id.')
@minLength(36)
@maxLength(36)
param msaAppId string

@description('Tenant of the app registration or identity.')
param msaAppTenantId string

@description('Name of the user-assigned identity (same resource group); its resource id is the bot\'s msaAppMSIResourceId when msaAppType is UserAssignedMSI.')
param identityName string

@description('Host name of the web app that serves /api/messages.')
param webHostName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${webHostName}/api/messages'
    msaAppType: msaAppType
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppMSIResourceId: msaAppType == 'UserAssignedMSI' ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// A disabled site issues no working secrets: nobody can post to the bot through it. The
// channels are written one after another: each write updates the same bot registration.
resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  dependsOn: [
    teams
  ]
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: false
          isWebchatPreviewEnabled: false
        }
      ]
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  dependsOn: [
    webChat
  ]
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: false
          isV1Enabled: false
          isV3Enabled: false
          isSecureSiteEnabled: true
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

@description('Name of the bot resource.')
output name string = bot.name

@description('The bot\'s messaging endpoint.')
output endpoint string = bot.properties.endpoint
