import { cpSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { loadConfig } from '../src/config';
import {
  AppPackageResult,
  buildAppPackage,
  DEFAULT_BOT_DOMAIN,
  normalizeBotDomain,
  packageValuesFromConfig,
  PLACEHOLDER_BOT_ID,
  substitutePlaceholders,
} from '../src/manifest/appPackage';
import { BOT_COMMAND_TITLES, BOT_COMMANDS_BY_SCOPE, BOT_SCOPES } from '../src/manifest/botCommands';
import { AppPackageFiles, createAppPackageValidator, JsonObject } from '../src/manifest/manifestValidation';

const MANIFEST_DIR = join(__dirname, '..', 'manifest');
const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const BOT_DOMAIN = 'pba.contoso.com';
const LOCALIZATION_FILES = { ru: 'ru-ru.json', fr: 'fr-fr.json' } as const;

const validate = createAppPackageValidator();
let built: AppPackageResult;

beforeAll(async () => {
  built = await buildAppPackage({ manifestDir: MANIFEST_DIR, values: { botId: BOT_ID, botDomain: BOT_DOMAIN }, validate });
});

const json = (files: AppPackageFiles, name: string) => JSON.parse(files.get(name)!.toString('utf8')) as JsonObject;

/** A copy of the package with one JSON file changed. */
function withJson(name: string, change: (doc: JsonObject) => void): Map<string, Buffer> {
  const files = new Map(built.files);
  const doc = json(files, name);
  change(doc);
  files.set(name, Buffer.from(JSON.stringify(doc)));
  return files;
}

interface ManifestCommand {
  title: string;
  description: string;
}
interface ManifestShape {
  id: string;
  manifestVersion: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; isNotificationOnly: boolean; commandLists: { scopes: string[]; commands: ManifestCommand[] }[] }[];
}
const manifestOf = (files: AppPackageFiles) => json(files, 'manifest.json') as unknown as ManifestShape;

describe('the app package built from manifest/', () => {
  it('passes the offline schema checks of the manifest, both localization files, and our own rules', () => {
    expect(built.problems).toEqual([]);
    // A zip archive (local file header signature), written only when there is no problem.
    expect(built.zip?.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });

  it('uses a released schema version (not devPreview)', () => {
    expect(manifestOf(built.files).manifestVersion).toMatch(/^1\.(19|[2-9]\d)$/);
  });

  it('carries the bot id and domain everywhere the template had placeholders', () => {
    const m = manifestOf(built.files);
    expect(m.id).toBe(BOT_ID);
    expect(m.bots[0].botId).toBe(BOT_ID);
    expect(m.webApplicationInfo).toEqual({ id: BOT_ID, resource: `api://${BOT_DOMAIN}/botid-${BOT_ID}` });
    expect(m.validDomains).toContain(BOT_DOMAIN);
    expect(m.developer.privacyUrl).toBe(`https://${BOT_DOMAIN}/privacy`);
    expect(m.developer.termsOfUseUrl).toBe(`https://${BOT_DOMAIN}/terms`);
    for (const [name, bytes] of built.files) {
      if (name.endsWith('.json')) expect(bytes.toString('utf8')).not.toContain('${{');
    }
  });

  it('zips exactly the manifest, both icons and both localization files at the root', async () => {
    const zip = await JSZip.loadAsync(built.zip!);
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
    expect(names.sort()).toEqual(['color.png', 'fr-fr.json', 'manifest.json', 'outline.png', 'ru-ru.json']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as ManifestShape;
    expect(manifest.id).toBe(BOT_ID);
    const zippedFiles = new Map<string, Buffer>();
    for (const name of names) zippedFiles.set(name, await zip.file(name)!.async('nodebuffer'));
    expect(validate(zippedFiles)).toEqual([]);
  });

  it('produces the same zip bytes for the same inputs', async () => {
    const again = await buildAppPackage({ manifestDir: MANIFEST_DIR, values: { botId: BOT_ID, botDomain: BOT_DOMAIN }, validate });
    expect(again.zip!.equals(built.zip!)).toBe(true);
  });
});

describe('bot commands', () => {
  it('offers in each scope what makes sense there: the personal chat one’s tickets and the helpdesk’s queue and report, a team its queue channel, a group chat the questions', () => {
    const bot = manifestOf(built.files).bots[0];
    expect(bot.scopes.sort()).toEqual([...BOT_SCOPES].sort());
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
    for (const scope of BOT_SCOPES) {
      const lists = bot.commandLists.filter((l) => l.scopes.includes(scope));
      expect(lists).toHaveLength(1);
      const expected = {
        personal: ['help', 'our IDs', 'entitlements', 'my tickets', 'activate', 'tickets', 'report', 'roles'],
        team: ['help', 'our IDs', 'entitlements', 'helpdesk here', 'tickets', 'report', 'roles'],
        groupChat: ['help', 'our IDs', 'entitlements', 'activate', 'roles'],
      }[scope];
      expect(lists[0].commands.map((c) => c.title)).toEqual(expected);
      for (const c of lists[0].commands) expect(c.description.length).toBeGreaterThan(20);
    }
  });

  it.each(Object.entries(LOCALIZATION_FILES))('are all translated in %s', (locale, file) => {
    const strings = json(built.files, file) as Record<string, string>;
    const lists = manifestOf(built.files).bots[0].commandLists;
    lists.forEach((list, i) =>
      list.commands.forEach((command, j) => {
        const key = `bots[0].commandLists[${i}].commands[${j}]`;
        expect(strings[`${key}.title`]).toBe(BOT_COMMAND_TITLES[locale as 'ru' | 'fr'][BOT_COMMANDS_BY_SCOPE[list.scopes[0] as 'personal'][j]]);
        expect(strings[`${key}.description`]).toEqual(expect.any(String));
        expect(strings[`${key}.description`]).not.toBe(command.description);
      }),
    );
  });

  it('reports a command list that lacks a command, and a translation that is missing', () => {
    const noIds = withJson('manifest.json', (m) => {
      (m as unknown as ManifestShape).bots[0].commandLists[1].commands.splice(2, 1);
    });
    expect(validate(noIds).join('\n')).toMatch(/commandLists\[1\] titles are/);

    const untranslated = withJson('fr-fr.json', (s) => {
      delete s['bots[0].commandLists[2].commands[3].description'];
    });
    expect(validate(untranslated)).toContain('fr-fr.json: no translation for bots[0].commandLists[2].commands[3].description');
  });
});

describe('names and descriptions', () => {
  const localized = () => [
    { file: 'manifest.json', short: manifestOf(built.files).description.short, full: manifestOf(built.files).description.full, name: manifestOf(built.files).name.short },
    ...Object.values(LOCALIZATION_FILES).map((file) => {
      const s = json(built.files, file) as Record<string, string>;
      return { file, short: s['description.short'], full: s['description.full'], name: s['name.short'] };
    }),
  ];

  it('fit Teams limits in every language (name 30, short description 80, full 4000 characters)', () => {
    for (const { name, short, full } of localized()) {
      expect([...name].length).toBeLessThanOrEqual(30);
      expect([...short].length).toBeLessThanOrEqual(80);
      expect([...full].length).toBeLessThanOrEqual(4000);
      expect(full.length).toBeGreaterThan(short.length);
    }
  });

  it('say what the bot does in every language', () => {
    for (const { full } of localized()) {
      for (const term of ['MPN', 'Signature Cloud Support', 'Access ID', 'Contract ID', 'Azure']) expect(full).toContain(term);
    }
  });

  it('are rejected by the schema when too long, in the manifest and in a localization file', () => {
    const longShort = 'x'.repeat(81);
    const manifest = withJson('manifest.json', (m) => {
      (m.description as JsonObject).short = longShort;
    });
    expect(validate(manifest)).toContain('manifest.json: /description/short must NOT have more than 80 characters');
    const ru = withJson('ru-ru.json', (s) => {
      s['description.short'] = longShort;
    });
    expect(validate(ru)).toContain('ru-ru.json: /description.short must NOT have more than 80 characters');
  });
});

describe('schema validation catches', () => {
  it('a property the schema does not know and an id that is not a GUID', () => {
    const problems = validate(
      withJson('manifest.json', (m) => {
        m.botName = 'x';
        m.id = 'not-a-guid';
      }),
    );
    expect(problems).toContain('manifest.json: / must NOT have additional properties (botName)');
    expect(problems.join('\n')).toMatch(/manifest.json: \/id must match pattern/);
  });

  it('a localization key the schema does not allow', () => {
    const problems = validate(withJson('ru-ru.json', (s) => void (s['bots[0].title'] = 'x')));
    expect(problems).toContain('ru-ru.json: / must NOT have additional properties (bots[0].title)');
  });

  it('an unreplaced placeholder and a stray file', () => {
    const files = withJson('manifest.json', (m) => void (m.validDomains = ['${{BOT_DOMAIN}}']));
    files.set('notes.txt', Buffer.from('hi'));
    const problems = validate(files);
    expect(problems).toContain('manifest.json: placeholder ${{BOT_DOMAIN}} was not replaced');
    expect(problems).toContain('notes.txt is in the package but the manifest does not reference it');
  });
});

describe('an invalid manifest folder', () => {
  it('yields problems and no zip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    try {
      cpSync(MANIFEST_DIR, dir, { recursive: true });
      unlinkSync(join(dir, 'outline.png'));
      const result = await buildAppPackage({ manifestDir: dir, values: { botId: BOT_ID, botDomain: BOT_DOMAIN }, validate });
      expect(result.zip).toBeUndefined();
      expect(result.problems).toEqual(['outline.png is referenced by the manifest but missing from the package']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('package values from the configuration', () => {
  it('stand in a placeholder bot id and a local domain, with warnings, when nothing is configured', () => {
    const { values, warnings } = packageValuesFromConfig(loadConfig({}));
    expect(values).toEqual({ botId: PLACEHOLDER_BOT_ID, botDomain: DEFAULT_BOT_DOMAIN });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/MicrosoftAppId is empty/);
    expect(warnings[1]).toMatch(/BOT_DOMAIN is empty/);
  });

  it('use the configured id and domain, accepting a base URL for the domain', () => {
    const { values, warnings } = packageValuesFromConfig(
      loadConfig({ MicrosoftAppId: BOT_ID.toUpperCase(), BOT_DOMAIN: 'https://PBA.contoso.com/' }),
    );
    expect(values).toEqual({ botId: BOT_ID, botDomain: BOT_DOMAIN });
    expect(warnings).toEqual([]);
  });

  it('refuse an app id that is not a GUID and a domain with a path', () => {
    expect(() => packageValuesFromConfig(loadConfig({ MicrosoftAppId: 'my-bot' }))).toThrow(/must be a GUID/);
    expect(() => normalizeBotDomain('https://contoso.com/bot')).toThrow(/without a path/);
    expect(() => normalizeBotDomain('contoso.com/"x')).toThrow(/host name/);
  });

  it('substitute inside JSON strings only, and refuse unknown placeholders', () => {
    const tricky = { a: '${{BOT_DOMAIN}}', b: ['x-${{BOT_ID}}'] };
    expect(substitutePlaceholders(tricky, { BOT_DOMAIN: 'a"b', BOT_ID: '1' })).toEqual({ a: 'a"b', b: ['x-1'] });
    expect(() => substitutePlaceholders({ a: '${{TEAMS_APP_ID}}' }, {})).toThrow(/unknown placeholder/);
  });
});
