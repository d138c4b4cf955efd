#!/usr/bin/env node
// Builds and validates the Teams app package (appPackage.zip).
//
//   node tools/manifest/build-package.mjs [--params <file.json>] [--out <zip>] [--manifest-dir <dir>]
//
// Placeholders such as ${{BOT_ID}} in manifest.json and its localization files are filled
// from the params file (a flat JSON object; an empty value there means "take it from the
// environment") and from environment variables of the same names. With neither, clearly fake example values are used so the committed manifest can
// be checked; the package is then written as appPackage.example.zip and is not for upload.
// Every problem found is listed with its file and JSON path; the exit code is 1 if any.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fillPlaceholders, iconErrors, localizationErrors, placeholderNames, schemaErrors,
} from './checks.mjs';
import { writeZip } from './zip.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const EXAMPLE_VALUES = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  TEAMS_APP_VERSION: '1.0.0',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  BOT_DOMAIN: 'forumbot.example.com',
  DEVELOPER_NAME: 'Example developer',
  DEVELOPER_WEBSITE_URL: 'https://example.com/forumbot',
  PRIVACY_URL: 'https://example.com/forumbot/privacy',
  TERMS_URL: 'https://example.com/forumbot/terms',
};

function parseArgs(argv) {
  const args = { params: null, out: null, manifestDir: path.join(repoRoot, 'manifest') };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${flag} needs a value`);
      return argv[++i];
    };
    if (flag === '--params') args.params = path.resolve(value());
    else if (flag === '--out') args.out = path.resolve(value());
    else if (flag === '--manifest-dir') args.manifestDir = path.resolve(value());
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new Error(`unknown argument ${flag}`);
  }
  return args;
}

function readJson(file, label, errors) {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    errors.push({ file: label, path: '/', message: existsSync(file) ? `not valid JSON (${e.message})` : 'file not found' });
    return null;
  }
}

/**
 * Where the values come from: the params file, where a value is set there, else the
 * environment; the example values if neither is given at all. Keys starting with $ in the
 * params file are comments.
 */
function resolveValues(names, paramsFile, errors) {
  const fromFile = paramsFile ? (readJson(paramsFile, path.basename(paramsFile), errors) ?? {}) : {};
  const fromEnv = Object.fromEntries(names.filter((n) => process.env[n]).map((n) => [n, process.env[n]]));
  if (!paramsFile && Object.keys(fromEnv).length === 0) {
    return { values: EXAMPLE_VALUES, example: true };
  }
  const values = { ...fromEnv };
  for (const [name, value] of Object.entries(fromFile)) {
    if (name.startsWith('$')) continue;
    if (!names.includes(name)) {
      errors.push({ file: path.basename(paramsFile), path: `/${name}`, message: `no placeholder \${{${name}}} in the manifest` });
    } else if (value !== '' && value !== null) {
      values[name] = value;
    }
  }
  return { values, example: false };
}

/** Checks on the values themselves that the schema cannot make. */
function valueErrors(values) {
  const errors = [];
  const domain = values.BOT_DOMAIN;
  if (domain && !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(domain)) {
    errors.push({ file: 'params', path: '/BOT_DOMAIN', message: `must be a bare host name such as app-forumbot.azurewebsites.net, is ${JSON.stringify(domain)}` });
  }
  for (const name of ['DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TERMS_URL']) {
    if (values[name] && !/^https:\/\/[^\s/]+/.test(values[name])) {
      errors.push({ file: 'params', path: `/${name}`, message: `must be an https:// URL, is ${JSON.stringify(values[name])}` });
    }
  }
  return errors;
}

function safeRelative(rel) {
  const normalised = path.posix.normalize(String(rel).replace(/\\/g, '/'));
  return normalised.startsWith('../') || path.posix.isAbsolute(normalised) ? null : normalised;
}

export function buildPackage({ manifestDir, params }) {
  const errors = [];
  const rawManifest = readJson(path.join(manifestDir, 'manifest.json'), 'manifest.json', errors);
  if (!rawManifest) return { errors };

  const languages = rawManifest.localizationInfo?.additionalLanguages ?? [];
  const rawStrings = languages.map(({ file }) => ({ file, doc: readJson(path.join(manifestDir, file), file, errors) }));
  const names = [...new Set([rawManifest, ...rawStrings.map((s) => s.doc)].flatMap(placeholderNames))];
  const { values, example } = resolveValues(names, params, errors);

  const manifest = fillPlaceholders('manifest.json', rawManifest, values, errors);
  const strings = rawStrings.map(({ file, doc }) => ({ file, doc: doc && fillPlaceholders(file, doc, values, errors) }));
  errors.push(...valueErrors(values));
  errors.push(...schemaErrors('manifest.json', manifest));
  for (const { file, doc } of strings) {
    if (!doc) continue;
    errors.push(...schemaErrors(file, doc));
    if (doc.$schema && manifest.$schema && path.dirname(doc.$schema) !== path.dirname(manifest.$schema)) {
      errors.push({ file, path: '/$schema', message: `must be the localization schema of the manifest's version (${path.dirname(manifest.$schema)}/)` });
    }
    errors.push(...localizationErrors(file, manifest, doc));
  }
  errors.push(...iconErrors(manifestDir, manifest.icons));

  const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }];
  for (const rel of [manifest.icons?.color, manifest.icons?.outline, ...strings.map((s) => s.file)]) {
    const name = rel && safeRelative(rel);
    if (!name) {
      if (rel) errors.push({ file: 'manifest.json', path: '/', message: `${rel} is outside the manifest folder` });
      continue;
    }
    if (entries.some((e) => e.name === name)) continue;
    const lang = strings.find((s) => s.file === rel);
    if (lang) {
      if (lang.doc) entries.push({ name, data: Buffer.from(`${JSON.stringify(lang.doc, null, 2)}\n`) });
    } else if (existsSync(path.join(manifestDir, name))) {
      entries.push({ name, data: readFileSync(path.join(manifestDir, name)) });
    }
  }
  return { errors, example, entries, manifest };
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`build-package: ${e.message} (see --help)`);
    return 2;
  }
  if (args.help) {
    console.log('usage: node tools/manifest/build-package.mjs [--params <file.json>] [--out <zip>] [--manifest-dir <dir>]');
    console.log(`placeholders: ${Object.keys(EXAMPLE_VALUES).join(', ')} (params file, else environment)`);
    return 0;
  }

  const { errors, example, entries } = buildPackage(args);
  if (example) {
    console.log('NOTE: no --params file and no placeholder variable in the environment: using fake example values.');
    console.log('      The package is valid in form only; do not upload it.');
  }
  if (errors.length > 0) {
    console.error(`build-package: ${errors.length} error(s) in ${path.relative(process.cwd(), args.manifestDir) || '.'}:`);
    for (const e of errors) console.error(`  ${e.file} ${e.path}: ${e.message}`);
    return 1;
  }

  const out = args.out ?? path.join(repoRoot, 'manifest', 'build', example ? 'appPackage.example.zip' : 'appPackage.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, writeZip(entries));
  console.log(`valid: ${entries.map((e) => e.name).join(', ')}`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
