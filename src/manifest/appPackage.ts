/**
 * Builds the Teams app package: the manifest template and its localization files with the bot id and
 * domain filled in, the icons, all at the zip root. `npm run package` and the tests both come here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import type { AppConfig } from '../config';
import {
  AppPackageFiles,
  AppPackageValidator,
  createAppPackageValidator,
  JsonObject,
  MANIFEST_FILE,
  PLACEHOLDER_PATTERN,
} from './manifestValidation';

/** Used when MicrosoftAppId is empty: the package validates but installs against no real bot. */
export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';
/** Used when BOT_DOMAIN is empty: fine for a schema check, not for Teams (it needs a public https domain). */
export const DEFAULT_BOT_DOMAIN = 'localhost:3978';

export interface PackageValues {
  botId: string;
  /** Host name, optionally with a port; no scheme, no path. */
  botDomain: string;
}

export class PackageInputError extends Error {
  override name = 'PackageInputError';
}

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/** "https://bot.contoso.com/", "bot.contoso.com" → "bot.contoso.com". Throws on anything else. */
export function normalizeBotDomain(raw: string): string {
  let host = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
    const url = new URL(host);
    if (url.pathname !== '/' || url.search || url.hash) {
      throw new PackageInputError(`BOT_DOMAIN must be a domain or a base URL without a path, got "${raw}"`);
    }
    host = url.host;
  }
  host = host.replace(/\/$/, '');
  if (!HOST.test(host) || host.length > 253) throw new PackageInputError(`BOT_DOMAIN must be a host name such as bot.contoso.com, got "${raw}"`);
  return host.toLowerCase();
}

/** The values to substitute, from the bot's configuration, with a warning for each stand-in used. */
export function packageValuesFromConfig(config: Pick<AppConfig, 'credentials' | 'botDomain'>): {
  values: PackageValues;
  warnings: string[];
} {
  const warnings: string[] = [];
  let botId = config.credentials.MicrosoftAppId.trim();
  if (!botId) {
    botId = PLACEHOLDER_BOT_ID;
    warnings.push(
      `MicrosoftAppId is empty: using the placeholder bot id ${PLACEHOLDER_BOT_ID}. ` +
        'The package validates, but Teams cannot reach a bot with it. Set MicrosoftAppId before uploading.',
    );
  } else if (!GUID.test(botId)) {
    throw new PackageInputError(`MicrosoftAppId must be a GUID, got "${botId}"`);
  }
  let botDomain = config.botDomain ? normalizeBotDomain(config.botDomain) : '';
  if (!botDomain) {
    botDomain = DEFAULT_BOT_DOMAIN;
    warnings.push(`BOT_DOMAIN is empty: using ${DEFAULT_BOT_DOMAIN}. Teams needs the bot's public https domain; set BOT_DOMAIN before uploading.`);
  } else if (/^(localhost|127\.|\[?::1)/.test(botDomain)) {
    warnings.push(`BOT_DOMAIN is ${botDomain}: Teams needs the bot's public https domain (a tunnel is fine for development).`);
  }
  return { values: { botId: botId.toLowerCase(), botDomain }, warnings };
}

function placeholderTable(values: PackageValues): Record<string, string> {
  return { BOT_ID: values.botId, BOT_DOMAIN: values.botDomain };
}

/**
 * Replaces ${{NAME}} in every string of a parsed JSON document (keys included), so a value can never
 * break the JSON around it. An unknown placeholder is an error, not a silent blank.
 */
export function substitutePlaceholders<T>(json: T, table: Record<string, string>): T {
  const fill = (s: string) =>
    s.replace(PLACEHOLDER_PATTERN, (_whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(table, name)) throw new PackageInputError(`unknown placeholder \${{${name}}}`);
      return table[name];
    });
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return fill(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [fill(k), walk(v)]));
    }
    return node;
  };
  return walk(json) as T;
}

function readJson(path: string): JsonObject {
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as JsonObject;
  } catch (e) {
    throw new PackageInputError(`${path}: ${(e as Error).message}`);
  }
}

const toBytes = (json: unknown) => Buffer.from(JSON.stringify(json, null, 2) + '\n', 'utf8');

/** Files the manifest references by name: icons and localization files. */
function referencedFiles(manifest: JsonObject): string[] {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const localization = (manifest.localizationInfo ?? {}) as { additionalLanguages?: { file?: unknown }[] };
  return [
    icons.color,
    icons.outline,
    ...(localization.additionalLanguages ?? []).map((l) => l.file),
  ].filter((f): f is string => typeof f === 'string');
}

/**
 * The package's files, substituted. A referenced file that does not exist is left out, for the
 * validator to report; a reference outside the manifest folder is refused.
 */
export function collectAppPackageFiles(manifestDir: string, values: PackageValues): Map<string, Buffer> {
  const table = placeholderTable(values);
  const manifest = substitutePlaceholders(readJson(join(manifestDir, MANIFEST_FILE)), table);
  const files = new Map<string, Buffer>([[MANIFEST_FILE, toBytes(manifest)]]);
  for (const name of referencedFiles(manifest)) {
    if (basename(name) !== name || name.startsWith('.')) {
      throw new PackageInputError(`${MANIFEST_FILE} references "${name}": package files must sit at the zip root`);
    }
    const path = join(manifestDir, name);
    if (!existsSync(path)) continue;
    files.set(name, name.endsWith('.json') ? toBytes(substitutePlaceholders(readJson(path), table)) : readFileSync(path));
  }
  return files;
}

/** A fixed timestamp keeps the zip byte-identical for identical inputs. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export async function zipAppPackage(files: AppPackageFiles): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, bytes] of files) zip.file(name, bytes, { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

export interface AppPackageResult {
  files: Map<string, Buffer>;
  /** Empty when the package is valid. */
  problems: string[];
  /** Present only when there are no problems. */
  zip?: Buffer;
}

export async function buildAppPackage(options: {
  manifestDir: string;
  values: PackageValues;
  validate?: AppPackageValidator;
}): Promise<AppPackageResult> {
  const files = collectAppPackageFiles(options.manifestDir, options.values);
  const problems = (options.validate ?? createAppPackageValidator())(files);
  if (problems.length > 0) return { files, problems };
  return { files, problems, zip: await zipAppPackage(files) };
}
