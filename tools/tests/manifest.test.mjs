// The Teams app package: icons, the packaging command on the committed manifest, params and
// environment values, and a deliberately broken manifest whose every error must be listed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pngjs from 'pngjs';
import { EXAMPLE_VALUES } from '../manifest/build-package.mjs';
import { pixelStats } from '../manifest/checks.mjs';
import { colorIcon, outlineIcon } from '../manifest/make-icons.mjs';
import { readZip } from '../manifest/zip.mjs';

const { PNG } = pngjs;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifestDir = path.join(root, 'manifest');
const builder = path.join(root, 'tools', 'manifest', 'build-package.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'forumbot-manifest-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const readPng = (file) => PNG.sync.read(readFileSync(file));

/** Runs the packaging command with only the given placeholder variables in its environment. */
function buildPackage(args, env = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in EXAMPLE_VALUES)));
  const r = spawnSync(process.execPath, [builder, ...args], { cwd: root, env: { ...clean, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errors: r.stderr.split('\n').filter((l) => l.startsWith('  ')) };
}

const unzipEntries = (zipFile) => Object.fromEntries(readZip(readFileSync(zipFile)).map((e) => [e.name, e.data]));

describe('icons', () => {
  test('color.png is 192x192, opaque and in colour', () => {
    const png = readPng(path.join(manifestDir, 'color.png'));
    assert.equal(png.width, 192);
    assert.equal(png.height, 192);
    const s = pixelStats(png);
    assert.equal(s.transparent, 0, 'the colour icon has a solid background');
    assert.ok(s.colours >= 3, `expected a multi-colour mark, found ${s.colours} colours`);
    assert.ok(s.opaqueNonWhite > s.pixels / 2, 'mostly a coloured field');
  });

  test('outline.png is 32x32 and white on transparent', () => {
    const png = readPng(path.join(manifestDir, 'outline.png'));
    assert.equal(png.width, 32);
    assert.equal(png.height, 32);
    const s = pixelStats(png);
    assert.ok(s.transparent > 0, 'has transparent pixels');
    assert.ok(s.transparent < s.pixels, 'has visible pixels');
    assert.equal(s.visibleNonWhite, 0, 'every visible pixel is white');
  });

  test('the committed icons are what make-icons.mjs draws', () => {
    for (const [file, draw] of [['color.png', colorIcon], ['outline.png', outlineIcon]]) {
      const committed = readPng(path.join(manifestDir, file));
      const drawn = PNG.sync.read(draw());
      assert.ok(committed.data.equals(drawn.data), `${file} differs: run node tools/manifest/make-icons.mjs`);
    }
  });
});

describe('build-package.mjs', () => {
  test('packages the committed manifest with example values and says so', () => {
    const out = path.join(tmp, 'example.zip');
    const r = buildPackage(['--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /fake example values/);

    const files = unzipEntries(out);
    assert.deepEqual(Object.keys(files).sort(), ['color.png', 'da.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(files['manifest.json']);
    assert.equal(manifest.id, EXAMPLE_VALUES.TEAMS_APP_ID);
    assert.equal(manifest.bots[0].botId, EXAMPLE_VALUES.BOT_ID);
    assert.deepEqual(manifest.validDomains, [EXAMPLE_VALUES.BOT_DOMAIN]);
    assert.equal(manifest.developer.privacyUrl, EXAMPLE_VALUES.PRIVACY_URL);
    assert.deepEqual(manifest.bots[0].scopes.sort(), ['groupChat', 'personal', 'team']);
    assert.equal(manifest.bots[0].supportsFiles, false);
    assert.equal(manifest.bots[0].isNotificationOnly, false);
    for (const list of manifest.bots[0].commandLists) assert.ok(list.commands.length <= 10);

    const da = JSON.parse(files['da.json']);
    assert.equal(da['bots[0].commandLists[0].commands[0].title'], 'hjælp');
    for (const [name, data] of Object.entries(files)) {
      if (name.endsWith('.json')) assert.doesNotMatch(data.toString(), /\$\{\{/, `${name} has an unfilled placeholder`);
      else assert.ok(data.equals(readFileSync(path.join(manifestDir, name))), `${name} is packed unchanged`);
    }
    if (spawnSync('unzip', ['-v']).status === 0) {
      const t = spawnSync('unzip', ['-tq', out], { encoding: 'utf8' });
      assert.equal(t.status, 0, `unzip -t: ${t.stdout}${t.stderr}`);
    }
  });

  test('fills values from a params file, empty ones from the environment', () => {
    const params = path.join(tmp, 'params.json');
    const values = {
      ...EXAMPLE_VALUES,
      $comment: 'ignored',
      TEAMS_APP_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      TEAMS_APP_VERSION: '1.2.3',
      BOT_ID: '',
      BOT_DOMAIN: 'app-forumbot-prod-abc123.azurewebsites.net',
    };
    writeFileSync(params, JSON.stringify(values));
    const out = path.join(tmp, 'params.zip');
    const botId = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const r = buildPackage(['--params', params, '--out', out], { BOT_ID: botId, BOT_DOMAIN: 'ignored.example.com' });
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /example values/);
    const manifest = JSON.parse(unzipEntries(out)['manifest.json']);
    assert.equal(manifest.id, values.TEAMS_APP_ID);
    assert.equal(manifest.version, '1.2.3');
    assert.equal(manifest.bots[0].botId, botId, 'empty in the file: from the environment');
    assert.deepEqual(manifest.validDomains, [values.BOT_DOMAIN], 'set in the file: the file wins');
  });

  test('rejects a params file naming a placeholder the manifest does not have', () => {
    const params = path.join(tmp, 'typo.json');
    writeFileSync(params, JSON.stringify({ ...EXAMPLE_VALUES, BOTID: 'typo' }));
    const r = buildPackage(['--params', params, '--out', path.join(tmp, 'typo.zip')]);
    assert.equal(r.code, 1);
    assert.ok(r.errors.some((l) => l.includes('typo.json /BOTID')), r.stderr);
  });

  test('lists every placeholder the environment leaves unfilled', () => {
    const out = path.join(tmp, 'partial.zip');
    const r = buildPackage(['--out', out], { BOT_ID: EXAMPLE_VALUES.BOT_ID, BOT_DOMAIN: 'https://not-a-host/' });
    assert.equal(r.code, 1);
    assert.ok(!existsSync(out), 'no package on error');
    const missing = Object.keys(EXAMPLE_VALUES).filter((n) => n !== 'BOT_ID' && n !== 'BOT_DOMAIN');
    for (const name of missing) assert.ok(r.errors.some((l) => l.includes(`\${{${name}}}`)), `${name} not reported:\n${r.stderr}`);
    assert.ok(r.errors.some((l) => l.includes('/BOT_DOMAIN') && l.includes('bare host name')), r.stderr);
  });

  test('a broken manifest fails with every error listed', () => {
    const dir = path.join(tmp, 'broken');
    cpSync(manifestDir, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    manifest.accentColor = 'teal';
    manifest.bots[0].scopes.push('meeting');
    delete manifest.developer.termsOfUseUrl;
    manifest.developer.name = '${{NO_SUCH_VALUE}}';
    const untranslated = manifest.bots[0].commandLists[0].commands.push({ title: 'agenda', description: 'untranslated' }) - 1;
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const da = JSON.parse(readFileSync(path.join(dir, 'da.json'), 'utf8'));
    delete da['name.short'];
    writeFileSync(path.join(dir, 'da.json'), JSON.stringify(da));
    cpSync(path.join(dir, 'color.png'), path.join(dir, 'outline.png'));

    const out = path.join(tmp, 'broken.zip');
    const r = buildPackage(['--manifest-dir', dir, '--out', out]);
    assert.equal(r.code, 1, r.stdout);
    assert.ok(!existsSync(out), 'no package on error');
    const expected = [
      ['manifest.json /accentColor', 'must match pattern'],
      ['manifest.json /bots/0/scopes/3', 'allowed values'],
      ['manifest.json /developer', "'termsOfUseUrl'"],
      ['manifest.json /developer/name', '${{NO_SUCH_VALUE}}'],
      [`da.json /bots[0].commandLists[0].commands[${untranslated}].title`, 'missing'],
      ['da.json /', "'name.short'"],
      ['outline.png /', 'must be 32x32'],
      ['outline.png /', 'transparent background'],
    ];
    for (const [where, what] of expected) {
      assert.ok(r.errors.some((l) => l.includes(`${where}:`) && l.includes(what)), `missing error "${where}: …${what}…" in:\n${r.stderr}`);
    }
    assert.match(r.stderr, new RegExp(`${r.errors.length} error\\(s\\)`));
  });

  test('rejects unknown arguments with usage exit code 2', () => {
    assert.equal(buildPackage(['--bogus']).code, 2);
  });
});
