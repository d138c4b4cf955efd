// Checks for a Teams app package: JSON schema (the schemas shipped in
// @microsoft/app-manifest, validated offline with every error listed), unfilled
// placeholders, localization coverage, icons. Each check returns a list of
// { file, path, message } and never stops at the first problem.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import pngjs from 'pngjs';

const require = createRequire(import.meta.url);
const { PNG } = pngjs;

export const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const SCHEMA_PREFIX = 'https://developer.microsoft.com/json-schemas/teams/';
const schemaRoot = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

/** The local copy of a Teams schema URL, or null when the package does not ship it. */
export function localSchemaFile(url) {
  if (typeof url !== 'string') return null;
  // The docs also use a /<locale>/json-schemas/... form; both name the same schema.
  const normalised = url.replace(/^https:\/\/developer\.microsoft\.com\/[a-z]{2}(-[a-z]{2})?\/json-schemas\//i, 'https://developer.microsoft.com/json-schemas/');
  if (!normalised.startsWith(SCHEMA_PREFIX)) return null;
  const file = path.join(schemaRoot, ...normalised.slice(SCHEMA_PREFIX.length).split('/'));
  return file.startsWith(schemaRoot + path.sep) && existsSync(file) ? file : null;
}

const validators = new Map();
function validatorFor(schemaFile) {
  if (!validators.has(schemaFile)) {
    // Same clean-up the package applies: some schema regexes use \a and \v escapes.
    const text = readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
    // unicodeRegExp off: the localization schema has patterns (a bare `]`) that are
    // valid JavaScript regexes only without the u flag. strictTypes off: the schemas
    // use keywords without a sibling `type`, legal in draft-04.
    const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv);
    validators.set(schemaFile, ajv.compile(JSON.parse(text)));
  }
  return validators.get(schemaFile);
}

function describe(error) {
  const p = error.params ?? {};
  const detail =
    p.additionalProperty !== undefined ? ` '${p.additionalProperty}'`
    : p.allowedValues !== undefined ? `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
    : p.allowedValue !== undefined ? `: ${JSON.stringify(p.allowedValue)}`
    : '';
  return `${error.message}${detail}`;
}

/** Validates a document against the schema its own $schema names. */
export function schemaErrors(file, doc) {
  const schemaFile = localSchemaFile(doc?.$schema);
  if (!schemaFile) {
    return [{ file, path: '/$schema', message: `${JSON.stringify(doc?.$schema)} is not a Teams schema that @microsoft/app-manifest ships` }];
  }
  const validate = validatorFor(schemaFile);
  if (validate(doc)) return [];
  // oneOf/anyOf failures repeat their branches' errors; keep each message once.
  const seen = new Set();
  return validate.errors
    .map((e) => ({ file, path: e.instancePath || '/', message: describe(e) }))
    .filter((e) => !seen.has(`${e.path} ${e.message}`) && seen.add(`${e.path} ${e.message}`));
}

/** Replaces ${{NAME}} in every string of a JSON value; reports what could not be filled. */
export function fillPlaceholders(file, value, values, errors, pointer = '') {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (match, name) => {
      if (values[name] !== undefined && values[name] !== '') return String(values[name]);
      errors.push({ file, path: pointer || '/', message: `placeholder ${match} has no value (set ${name} in the params file or the environment)` });
      return match;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => fillPlaceholders(file, v, values, errors, `${pointer}/${i}`));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, fillPlaceholders(file, v, values, errors, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`)]),
    );
  }
  return value;
}

/** Every placeholder name used in a JSON value. */
export function placeholderNames(value) {
  return [...JSON.stringify(value).matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Looks up a localization key such as `bots[0].commandLists[1].commands[2].title`. */
function resolveKey(doc, key) {
  let node = doc;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (node === null || typeof node !== 'object' || !(part in node)) return undefined;
    node = node[part];
  }
  return node;
}

/** Every key must name a string in the manifest, and every command must be translated. */
export function localizationErrors(file, manifest, strings) {
  const errors = [];
  for (const key of Object.keys(strings)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (typeof resolveKey(manifest, key) !== 'string') {
      errors.push({ file, path: `/${key}`, message: 'names no string in manifest.json' });
    }
  }
  (manifest.bots ?? []).forEach((bot, b) =>
    (bot.commandLists ?? []).forEach((list, l) =>
      (list.commands ?? []).forEach((_, c) => {
        for (const field of ['title', 'description']) {
          const key = `bots[${b}].commandLists[${l}].commands[${c}].${field}`;
          if (!(key in strings)) errors.push({ file, path: `/${key}`, message: 'missing: every command needs a translated title and description' });
        }
      }),
    ),
  );
  return errors;
}

function readPng(file, errors) {
  try {
    return PNG.sync.read(readFileSync(file));
  } catch (e) {
    errors.push({ file: path.basename(file), path: '/', message: `not a readable PNG (${e.message})` });
    return null;
  }
}

/** Summary of a decoded PNG used by the icon rules and by the tests. */
export function pixelStats(png) {
  let transparent = 0;
  let opaqueNonWhite = 0;
  let visibleNonWhite = 0;
  const colours = new Set();
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = png.data.subarray(i, i + 4);
    const white = r === 255 && g === 255 && b === 255;
    if (a === 0) transparent++;
    if (a > 0 && !white) visibleNonWhite++;
    if (a === 255 && !white) opaqueNonWhite++;
    if (a > 0) colours.add((r << 16) | (g << 8) | b);
  }
  return { pixels: png.width * png.height, transparent, opaqueNonWhite, visibleNonWhite, colours: colours.size };
}

/** color: 192×192 in colour; outline: 32×32, white on a transparent background. */
export function iconErrors(manifestDir, icons) {
  const errors = [];
  const rules = {
    color: { size: 192, check: (s) => (s.opaqueNonWhite === 0 ? 'has no coloured pixels' : null) },
    outline: {
      size: 32,
      check: (s) =>
        s.transparent === 0 ? 'must have a transparent background'
        : s.visibleNonWhite > 0 ? `must be white on transparent (${s.visibleNonWhite} visible pixels are not white)`
        : s.transparent === s.pixels ? 'is fully transparent'
        : null,
    },
  };
  for (const [kind, rule] of Object.entries(rules)) {
    const rel = icons?.[kind];
    if (typeof rel !== 'string') continue; // the schema reports a missing icon
    const file = path.join(manifestDir, rel);
    if (!existsSync(file)) {
      errors.push({ file: 'manifest.json', path: `/icons/${kind}`, message: `${rel} does not exist` });
      continue;
    }
    const png = readPng(file, errors);
    if (!png) continue;
    if (png.width !== rule.size || png.height !== rule.size) {
      errors.push({ file: rel, path: '/', message: `${kind} icon must be ${rule.size}x${rule.size}, is ${png.width}x${png.height}` });
    }
    const problem = rule.check(pixelStats(png));
    if (problem) errors.push({ file: rel, path: '/', message: `${kind} icon ${problem}` });
  }
  return errors;
}
