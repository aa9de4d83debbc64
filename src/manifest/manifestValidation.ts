/**
 * Validates a Teams app package (the files that go to the zip root) offline: the manifest and each
 * localization file against the JSON schemas shipped in @microsoft/app-manifest, the icons against
 * Teams' rules, and our own rules (one command list per scope, every command translated).
 * Shared by `npm run package` and the tests, so both judge the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { LOCALES, Locale } from '../domain/types';
import { BOT_COMMANDS_BY_SCOPE, BOT_COMMAND_TITLES, BOT_SCOPES, MANIFEST_LANGUAGE_TAGS, type BotScope } from './botCommands';
import { COLOR_ICON_SIZE, OUTLINE_ICON_SIZE } from './iconArt';
import { decodePng, RasterImage } from './png';

/** Package files by their name at the zip root. */
export type AppPackageFiles = ReadonlyMap<string, Buffer>;
export type JsonObject = Record<string, unknown>;

export type SchemaKind = 'manifest' | 'localization';
const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

export const MANIFEST_FILE = 'manifest.json';
export const PLACEHOLDER_PATTERN = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The folder holding `v1.x/MicrosoftTeams.schema.json` and friends. */
export function teamsSchemaRoot(): string {
  const pkg = require.resolve('@microsoft/app-manifest/package.json');
  return join(dirname(pkg), 'build', 'json-schemas', 'teams');
}

export function schemaUrl(version: string, kind: SchemaKind): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${version}/${SCHEMA_FILES[kind]}`;
}

/**
 * Teams publishes its schemas as draft-04, which Ajv 8 does not load (its draft-04 plugin is not one of
 * our dependencies). These schemas only use keywords that mean the same under draft-07, so we drop
 * `$schema` and compile them as draft-07 — after checking that no draft-04-only construct is present,
 * so a future schema that needs real draft-04 semantics fails loudly instead of validating wrongly.
 */
function draft04OnlyConstructs(node: unknown, path = '#'): string[] {
  if (node === null || typeof node !== 'object') return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}/${key}`;
    if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') found.push(here);
    if (key === 'id' && typeof value === 'string' && !path.endsWith('/properties')) found.push(here);
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) found.push(`${here} (external $ref)`);
    found.push(...draft04OnlyConstructs(value, here));
  }
  return found;
}

function compileSchema(file: string): ValidateFunction {
  if (!existsSync(file)) throw new Error(`no Teams schema at ${file}`);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  const unsupported = draft04OnlyConstructs(schema);
  if (unsupported.length > 0) {
    throw new Error(`${file} uses draft-04-only constructs this validator does not handle: ${unsupported.join(', ')}`);
  }
  delete schema.$schema;
  // unicodeRegExp off: the localization schema has patterns such as `\b]` that are invalid with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function formatErrors(file: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || '/';
    const detail = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
    return `${file}: ${where} ${e.message ?? 'is invalid'}${detail}`;
  });
}

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function parseJson(files: AppPackageFiles, name: string, problems: string[]): JsonObject | undefined {
  const bytes = files.get(name);
  if (!bytes) {
    problems.push(`${name} is missing from the package`);
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (isObject(value)) return value;
    problems.push(`${name}: is not a JSON object`);
  } catch (e) {
    problems.push(`${name}: is not valid JSON (${(e as Error).message})`);
  }
  return undefined;
}

function unresolvedPlaceholders(name: string, bytes: Buffer): string[] {
  const names = new Set([...bytes.toString('utf8').matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]));
  return [...names].map((p) => `${name}: placeholder \${{${p}}} was not replaced`);
}

function decodeIcon(files: AppPackageFiles, name: string, problems: string[]): RasterImage | undefined {
  const bytes = files.get(name);
  if (!bytes) {
    problems.push(`${name} is referenced by the manifest but missing from the package`);
    return undefined;
  }
  try {
    return decodePng(bytes);
  } catch (e) {
    problems.push(`${name}: ${(e as Error).message}`);
    return undefined;
  }
}

/** Teams' icon rules: colour 192×192 (we also require it opaque), outline 32×32 white on transparent. */
export function iconProblems(files: AppPackageFiles, colorName: string, outlineName: string): string[] {
  const problems: string[] = [];
  const color = decodeIcon(files, colorName, problems);
  if (color) {
    if (color.width !== COLOR_ICON_SIZE || color.height !== COLOR_ICON_SIZE) {
      problems.push(`${colorName}: must be ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}, is ${color.width}×${color.height}`);
    }
    if (color.channels === 4 && color.data.some((v, i) => i % 4 === 3 && v !== 255)) {
      problems.push(`${colorName}: must be opaque (full-bleed background), has transparent pixels`);
    }
  }
  const outline = decodeIcon(files, outlineName, problems);
  if (outline) {
    if (outline.width !== OUTLINE_ICON_SIZE || outline.height !== OUTLINE_ICON_SIZE) {
      problems.push(`${outlineName}: must be ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE}, is ${outline.width}×${outline.height}`);
    }
    if (outline.channels !== 4) {
      problems.push(`${outlineName}: must have an alpha channel (RGBA)`);
    } else {
      let transparent = 0;
      let offColor = 0;
      for (let i = 0; i < outline.data.length; i += 4) {
        const [r, g, b, a] = outline.data.subarray(i, i + 4);
        if (a === 0) transparent++;
        else if (r !== 255 || g !== 255 || b !== 255) offColor++;
      }
      if (transparent === 0) problems.push(`${outlineName}: must have a transparent background`);
      if (transparent === outline.data.length / 4) problems.push(`${outlineName}: is fully transparent`);
      if (offColor > 0) problems.push(`${outlineName}: ${offColor} visible pixels are not white`);
    }
  }
  return problems;
}

interface CommandList {
  scopes: string[];
  commands: { title?: unknown; description?: unknown }[];
}

function commandLists(manifest: JsonObject): CommandList[] {
  const bot = asArray(manifest.bots)[0];
  if (!isObject(bot)) return [];
  return asArray(bot.commandLists).filter(isObject).map((list) => ({
    scopes: asArray(list.scopes).map(String),
    commands: asArray(list.commands).filter(isObject),
  }));
}

/** The commands a list offers: those of its scope (a list has one scope). */
function commandsOf(list: CommandList) {
  const scope = list.scopes.find((s): s is BotScope => (BOT_SCOPES as readonly string[]).includes(s));
  return scope ? BOT_COMMANDS_BY_SCOPE[scope] : [];
}

/** Our rules for the bot entry: every scope, one command list per scope, the scope's commands in order. */
function botProblems(manifest: JsonObject): string[] {
  const problems: string[] = [];
  const bot = asArray(manifest.bots)[0];
  if (!isObject(bot)) return [`${MANIFEST_FILE}: declares no bot`];
  const scopes = asArray(bot.scopes).map(String);
  for (const scope of BOT_SCOPES) {
    if (!scopes.includes(scope)) problems.push(`${MANIFEST_FILE}: the bot is not available in the ${scope} scope`);
  }
  if (bot.supportsFiles !== false) problems.push(`${MANIFEST_FILE}: bots[0].supportsFiles must be false`);
  if (bot.isNotificationOnly !== false) problems.push(`${MANIFEST_FILE}: bots[0].isNotificationOnly must be false`);

  const lists = commandLists(manifest);
  for (const scope of BOT_SCOPES) {
    const matching = lists.filter((l) => l.scopes.includes(scope));
    if (matching.length !== 1) problems.push(`${MANIFEST_FILE}: scope ${scope} needs exactly one command list, has ${matching.length}`);
  }
  lists.forEach((list, i) => {
    const titles = list.commands.map((c) => c.title);
    const expected = commandsOf(list).map((c) => BOT_COMMAND_TITLES.en[c]);
    if (JSON.stringify(titles) !== JSON.stringify(expected)) {
      problems.push(`${MANIFEST_FILE}: commandLists[${i}] titles are ${JSON.stringify(titles)}, expected ${JSON.stringify(expected)}`);
    }
    list.commands.forEach((c, j) => {
      if (typeof c.description !== 'string' || c.description.trim() === '') {
        problems.push(`${MANIFEST_FILE}: commandLists[${i}].commands[${j}] has no description`);
      }
    });
  });

  const id = manifest.id;
  const webApp = isObject(manifest.webApplicationInfo) ? manifest.webApplicationInfo : undefined;
  if (bot.botId !== id) problems.push(`${MANIFEST_FILE}: bots[0].botId must equal the app id`);
  if (!webApp || webApp.id !== id) problems.push(`${MANIFEST_FILE}: webApplicationInfo.id must equal the bot id`);
  const resource = typeof webApp?.resource === 'string' ? webApp.resource : '';
  const match = /^api:\/\/([^/]+)\/botid-(.+)$/.exec(resource);
  if (!match || match[2] !== id) {
    problems.push(`${MANIFEST_FILE}: webApplicationInfo.resource must be api://{bot domain}/botid-{bot id}`);
  } else if (!asArray(manifest.validDomains).includes(match[1])) {
    problems.push(`${MANIFEST_FILE}: validDomains must contain the bot domain ${match[1]}`);
  }
  return problems;
}

/** A localization file must translate the names, descriptions and every command of every list. */
function localizationCoverage(name: string, locale: Locale, strings: JsonObject, manifest: JsonObject): string[] {
  const problems: string[] = [];
  const lists = commandLists(manifest);
  const expectedKeys = new Set<string>();
  lists.forEach((list, i) =>
    list.commands.forEach((_, j) => {
      for (const field of ['title', 'description']) expectedKeys.add(`bots[0].commandLists[${i}].commands[${j}].${field}`);
    }),
  );
  for (const key of ['name.short', 'name.full', 'description.short', 'description.full', ...expectedKeys]) {
    if (typeof strings[key] !== 'string' || (strings[key] as string).trim() === '') problems.push(`${name}: no translation for ${key}`);
  }
  for (const key of Object.keys(strings)) {
    if (key.startsWith('bots[') && !expectedKeys.has(key)) problems.push(`${name}: ${key} matches no command in the manifest`);
  }
  lists.forEach((list, i) =>
    list.commands.forEach((_, j) => {
      const command = commandsOf(list)[j];
      const title = strings[`bots[0].commandLists[${i}].commands[${j}].title`];
      if (command && title !== undefined && title !== BOT_COMMAND_TITLES[locale][command]) {
        problems.push(`${name}: the ${command} command is titled ${JSON.stringify(title)}, expected ${JSON.stringify(BOT_COMMAND_TITLES[locale][command])}`);
      }
    }),
  );
  return problems;
}

function localeOfTag(tag: string): Locale | undefined {
  return LOCALES.find((l) => MANIFEST_LANGUAGE_TAGS[l] === tag.toLowerCase());
}

export type AppPackageValidator = (files: AppPackageFiles) => string[];

/** Compiles schemas on first use per version and keeps them for the validator's lifetime. */
export function createAppPackageValidator(schemaRoot: string = teamsSchemaRoot()): AppPackageValidator {
  const compiled = new Map<string, ValidateFunction>();
  const schemaFor = (version: string, kind: SchemaKind): ValidateFunction => {
    const key = `${version}/${kind}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = compileSchema(join(schemaRoot, `v${version}`, SCHEMA_FILES[kind]));
      compiled.set(key, validate);
    }
    return validate;
  };

  return (files) => {
    const problems: string[] = [];
    for (const [name, bytes] of files) {
      if (name.endsWith('.json')) problems.push(...unresolvedPlaceholders(name, bytes));
    }
    const manifest = parseJson(files, MANIFEST_FILE, problems);
    if (!manifest) return problems;

    const version = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '';
    if (!/^\d+\.\d+$/.test(version)) return [...problems, `${MANIFEST_FILE}: manifestVersion must be a released version such as 1.30`];
    if (manifest.$schema !== schemaUrl(version, 'manifest')) {
      problems.push(`${MANIFEST_FILE}: $schema must be ${schemaUrl(version, 'manifest')}`);
    }
    let validateManifest: ValidateFunction;
    try {
      validateManifest = schemaFor(version, 'manifest');
    } catch (e) {
      return [...problems, `${MANIFEST_FILE}: ${(e as Error).message}`];
    }
    if (!validateManifest(manifest)) problems.push(...formatErrors(MANIFEST_FILE, validateManifest.errors));
    problems.push(...botProblems(manifest));

    const referenced = new Set<string>([MANIFEST_FILE]);
    const icons = isObject(manifest.icons) ? manifest.icons : {};
    const colorName = String(icons.color ?? '');
    const outlineName = String(icons.outline ?? '');
    referenced.add(colorName).add(outlineName);
    problems.push(...iconProblems(files, colorName, outlineName));

    const localization = isObject(manifest.localizationInfo) ? manifest.localizationInfo : undefined;
    if (localization?.defaultLanguageTag !== MANIFEST_LANGUAGE_TAGS.en) {
      problems.push(`${MANIFEST_FILE}: localizationInfo.defaultLanguageTag must be ${MANIFEST_LANGUAGE_TAGS.en}`);
    }
    const languages = asArray(localization?.additionalLanguages).filter(isObject);
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      if (!languages.some((l) => l.languageTag === MANIFEST_LANGUAGE_TAGS[locale])) {
        problems.push(`${MANIFEST_FILE}: localizationInfo.additionalLanguages has no ${MANIFEST_LANGUAGE_TAGS[locale]}`);
      }
    }
    for (const language of languages) {
      const name = String(language.file);
      referenced.add(name);
      const strings = parseJson(files, name, problems);
      if (!strings) continue;
      if (strings.$schema !== schemaUrl(version, 'localization')) {
        problems.push(`${name}: $schema must be ${schemaUrl(version, 'localization')}`);
      }
      let validateStrings: ValidateFunction;
      try {
        validateStrings = schemaFor(version, 'localization');
      } catch (e) {
        problems.push(`${name}: ${(e as Error).message}`);
        continue;
      }
      if (!validateStrings(strings)) problems.push(...formatErrors(name, validateStrings.errors));
      const locale = localeOfTag(String(language.languageTag));
      if (locale) problems.push(...localizationCoverage(name, locale, strings, manifest));
    }

    for (const name of files.keys()) {
      if (!referenced.has(name)) problems.push(`${name} is in the package but the manifest does not reference it`);
    }
    return problems;
  };
}

/** One-off validation; prefer createAppPackageValidator() when validating several packages. */
export function validateAppPackage(files: AppPackageFiles): string[] {
  return createAppPackageValidator()(files);
}
