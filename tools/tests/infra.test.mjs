// infra/ compiles and lints with the Bicep CLI (from NuGet, via tools/bicep/bicep.sh) with
// zero warnings, its example parameters build, and the compiled template keeps the promises
// of issue 7: locked-down storage, the bot's tables, no secrets in settings or outputs; and of issue 10:
// Teams is the only channel that is on.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const infra = path.join(root, 'infra');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'forumbot-infra-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

// Parameters read these through readEnvironmentVariable; the checks must not depend on the shell.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^(AZURE_|FORUMBOT_)/.test(k)),
);
let bicepPath;

/** Runs the Bicep CLI; resolves with its exit code, output and diagnostic lines. */
function bicep(...args) {
  return new Promise((resolve) => {
    execFile(bicepPath, args, { cwd: root, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, output, diagnostics: output.split('\n').filter((l) => / : (Warning|Error|Info) /.test(l)) });
    });
  });
}

function assertClean(r, what) {
  assert.equal(r.code, 0, `${what} failed:\n${r.output}`);
  assert.deepEqual(r.diagnostics, [], `${what} reported diagnostics`);
  assert.doesNotMatch(r.output, /warning/i, `${what} printed a warning`);
}

/** Every resource a compiled template deploys, nested deployments included (not `existing` ones). */
function resources(template, found = []) {
  const list = Array.isArray(template.resources) ? template.resources : Object.values(template.resources ?? {});
  for (const r of list) {
    if (r.existing) continue;
    found.push(r);
    if (r.properties?.template) resources(r.properties.template, found);
  }
  return found;
}

const runs = {};
const brokenCopy = path.join(tmp, 'lint-fails');

before(async () => {
  // Restores Azure.Bicep.CommandLine.linux-x64 on first use (about 40 MB from NuGet).
  bicepPath = execFileSync(path.join(root, 'tools', 'bicep', 'bicep.sh'), ['--path'], { encoding: 'utf8' }).trim();
  assert.ok(existsSync(bicepPath), bicepPath);

  // A copy with one linter finding (an unused parameter), to prove findings fail the lint.
  cpSync(infra, brokenCopy, { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
  const brokenMain = path.join(brokenCopy, 'main.bicep');
  writeFileSync(brokenMain, `${readFileSync(brokenMain, 'utf8')}\n@description('Never used.')\nparam unusedForTheTest string = 'x'\n`);

  // Each CLI start costs seconds; run them side by side.
  const [lint, build, buildParams, brokenLint] = await Promise.all([
    bicep('lint', 'infra/main.bicep'),
    bicep('build', 'infra/main.bicep', '--outfile', path.join(tmp, 'main.json')),
    bicep('build-params', 'infra/main.bicepparam', '--outfile', path.join(tmp, 'main.parameters.json')),
    bicep('lint', brokenMain),
  ]);
  Object.assign(runs, { lint, build, buildParams, brokenLint });
}, { timeout: 300_000 });

describe('bicepconfig.json', () => {
  test('raises every linter rule to error', () => {
    const config = JSON.parse(readFileSync(path.join(infra, 'bicepconfig.json'), 'utf8'));
    const rules = Object.entries(config.analyzers.core.rules);
    assert.notEqual(config.analyzers.core.enabled, false);
    assert.ok(rules.length >= 50, `only ${rules.length} rules configured`);
    for (const [name, rule] of rules) assert.equal(rule.level, 'error', name);
  });

  test('a linter finding fails the lint', () => {
    const r = runs.brokenLint;
    assert.notEqual(r.code, 0, r.output);
    assert.ok(r.diagnostics.some((l) => l.includes('Error no-unused-params')), r.output);
  });
});

describe('main.bicep', () => {
  let template;

  test('lints with zero diagnostics', () => {
    assertClean(runs.lint, 'bicep lint');
  });

  test('builds with zero diagnostics', () => {
    assertClean(runs.build, 'bicep build');
    template = JSON.parse(readFileSync(path.join(tmp, 'main.json'), 'utf8'));
  });

  test('example parameters build, and infra/ gets no main.json', () => {
    assertClean(runs.buildParams, 'bicep build-params');
    const { parameters } = JSON.parse(readFileSync(path.join(tmp, 'main.parameters.json'), 'utf8'));
    assert.equal(parameters.environmentName.value, 'forumbot-dev');
    assert.equal(parameters.msaAppType.value, 'UserAssignedMSI');
    assert.ok(parameters.appServiceCapacity.value >= 2);
    assert.ok(!existsSync(path.join(infra, 'main.json')), 'build-params must not write infra/main.json');
  });

  test('keeps the promises of issue 7', (t) => {
    if (!template) return t.skip('build failed');
    const all = resources(template);
    const ofType = (type) => all.filter((r) => r.type.toLowerCase() === type.toLowerCase());
    const one = (type) => {
      const found = ofType(type);
      assert.equal(found.length, 1, `${type}: ${found.length} resources`);
      return found[0];
    };

    const storage = one('Microsoft.Storage/storageAccounts');
    assert.equal(storage.kind, 'StorageV2');
    assert.deepEqual(
      [storage.properties.minimumTlsVersion, storage.properties.allowBlobPublicAccess, storage.properties.allowSharedKeyAccess, storage.properties.supportsHttpsTrafficOnly],
      ['TLS1_2', false, false, true],
    );
    const storageTemplate = JSON.stringify(all.find((r) => r.properties?.template && JSON.stringify(r.properties.template).includes('storageAccounts/tableServices/tables')).properties.template);
    for (const table of ['ConversationRefs', 'Network', 'Outbox', 'Jobs', 'Leases', 'Updates', 'Dedupe']) {
      assert.ok(storageTemplate.includes(`"${table}"`), `table ${table}`);
    }
    assert.ok(ofType('Microsoft.Authorization/roleAssignments').length >= 2, 'role assignments');
    assert.ok(storageTemplate.includes('0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'), 'Storage Table Data Contributor on the account');
    one('Microsoft.ManagedIdentity/userAssignedIdentities');
    one('Microsoft.OperationalInsights/workspaces');
    assert.ok(one('Microsoft.Insights/components').properties.WorkspaceResourceId, 'workspace-based Application Insights');

    const site = one('Microsoft.Web/sites');
    const config = site.properties.siteConfig;
    assert.equal(config.linuxFxVersion, 'DOTNETCORE|10.0');
    assert.equal(config.healthCheckPath, '/healthz');
    assert.equal(config.ftpsState, 'Disabled');
    assert.equal(config.minTlsVersion, '1.2');
    assert.equal(config.alwaysOn, true);
    assert.equal(site.properties.httpsOnly, true);
    // App settings are compiled into expressions; look for each name as a string in the web module.
    const webTemplate = JSON.stringify(all.find((r) => r.properties?.template && JSON.stringify(r.properties.template).includes('"Microsoft.Web/sites"')).properties.template);
    for (const name of ['MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'AZURE_CLIENT_ID', 'Storage__TableServiceUri', 'Storage__TablePrefix', 'ForumBot__AllowedTenants', 'ForumBot__RetentionDays', 'APPLICATIONINSIGHTS_CONNECTION_STRING']) {
      assert.match(webTemplate, new RegExp(`['"]${name}['"]`), `app setting ${name}`);
    }
    assert.match(webTemplate, /'MicrosoftAppPassword', 'value', format\('@Microsoft\.KeyVault\(VaultName=\{0\};SecretName=MicrosoftAppPassword\)'/, 'the password is only a Key Vault reference');

    const bot = one('Microsoft.BotService/botServices');
    assert.equal(bot.kind, 'azurebot');
    assert.equal(bot.location, 'global');
    assert.match(bot.properties.endpoint, /api\/messages/);
    assert.match(JSON.stringify(template.parameters.msaAppType.allowedValues), /SingleTenant.*UserAssignedMSI/);
    assert.equal(template.parameters.appServiceCapacity.minValue, 1);
    for (const [name, param] of Object.entries(template.parameters)) {
      assert.doesNotMatch(name, /password|secret/i, `parameter ${name}: secrets never pass through the template`);
      assert.ok(!/^secure/i.test(param.type), `parameter ${name} is secure`);
    }
    for (const [name, output] of Object.entries(template.outputs)) {
      assert.doesNotMatch(name, /password|secret|key$|connectionstring/i, `output ${name}`);
      assert.ok(!/^secure/i.test(output.type), `output ${name} is secure`);
    }
    const tagged = JSON.stringify(site.tags);
    assert.match(tagged, /azd-service-name/);
  });

  test('Teams is the only channel that is on (issue 10)', (t) => {
    if (!template) return t.skip('build failed');
    const channels = resources(template).filter((r) => r.type.toLowerCase() === 'microsoft.botservice/botservices/channels');
    const byName = Object.fromEntries(channels.map((c) => [c.properties.channelName, c.properties.properties]));
    assert.deepEqual(Object.keys(byName).sort(), ['DirectLineChannel', 'MsTeamsChannel', 'WebChatChannel']);
    assert.equal(byName.MsTeamsChannel.isEnabled, true);
    assert.equal(byName.MsTeamsChannel.enableCalling, false);
    // Azure creates Web Chat, enabled, with every new bot: each deployment must turn it (and Direct Line) off again.
    for (const name of ['WebChatChannel', 'DirectLineChannel']) {
      const sites = byName[name].sites;
      assert.ok(Array.isArray(sites) && sites.length > 0, `${name} declares its sites`);
      for (const site of sites) assert.equal(site.isEnabled, false, `${name} site ${site.siteName} is disabled`);
      assert.notEqual(byName[name].isEnabled, true, `${name} is not enabled`);
    }
    for (const c of channels) {
      if (c.properties.channelName !== 'MsTeamsChannel') {
        assert.doesNotMatch(JSON.stringify(c.properties), /"isEnabled":true/, `${c.properties.channelName} enables nothing`);
      }
    }
  });
});
