#!/usr/bin/env node
'use strict';
/**
 * npm run cards:preview [-- --only=answer,ids --locale=ru --theme=dark --width=450 --scale=1 --no-build --cards-dir=DIR]
 *
 * Renders every card template (cards/*.json) in every locale, in several variants built with the bot's own
 * builders, with the official Adaptive Cards renderer (adaptivecards/dist/adaptivecards.min.js) in headless
 * Chromium, once with the Teams light and once with the Teams dark host config. Writes
 *   previews/<theme>/<template>-<variant>-<locale>.png, previews/index.html (gallery), previews/report.json,
 *   previews/json/<template>-<variant>-<locale>.json (the expanded card).
 * Exits 1 on any renderer parse/validation event, any property the renderer does not know, any "${" left in
 * a card, or any action without a title. Clipped text/buttons and low contrast are reported as warnings.
 */
const fs = require('fs');
const path = require('path');
const { ensureBuilt, ROOT } = require('./cardsPreview/build');
const { loadModules, buildSamples } = require('./cardsPreview/samples');
const { jsonProblems, objects } = require('./cardsPreview/checks');
const { THEMES, hostConfig, pageHtml, SCRIPTS } = require('./cardsPreview/page');
const { writeGallery } = require('./cardsPreview/gallery');

const { CHROMIUM, CHROMIUM_ARGS } = require('./headlessChromium');
const WATCHDOG_MS = 170_000;

function parseArgs(argv) {
  const opts = { cardsDir: path.join(ROOT, 'cards'), width: 450, scale: 1, out: path.join(ROOT, 'previews'), build: true, only: null, locales: null, themes: null };
  for (const arg of argv) {
    const [key, value = ''] = arg.replace(/^--/, '').split('=');
    const list = () => value.split(',').map((s) => s.trim()).filter(Boolean);
    if (key === 'only') opts.only = list();
    else if (key === 'locale') opts.locales = list();
    else if (key === 'theme') opts.themes = list();
    else if (key === 'width') opts.width = Number(value);
    else if (key === 'scale') opts.scale = Number(value);
    else if (key === 'out') opts.out = path.resolve(value);
    else if (key === 'no-build') opts.build = false;
    else if (key === 'cards-dir') opts.cardsDir = path.resolve(value);
    else if (key === 'help' || key === 'h') {
      console.log('usage: npm run cards:preview [-- --only=t1,t2 --locale=en,ru --theme=light,dark --width=450 --scale=1 --no-build --cards-dir=cards]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return opts;
}

/** The templates as they are in cards/ now (not dist/), so a template edit shows without a rebuild. */
function readTemplates(dir, names) {
  const out = {};
  for (const name of names) out[name] = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
  return out;
}

/** Buttons the card should show: card actions and ActionSet actions (not fallbacks, not selectActions, not inside a ShowCard). */
function visibleActionCount(card) {
  let n = 0;
  for (const { path: p, obj } of objects(card)) {
    // Actions inside an Action.ShowCard's card show only once it is opened.
    if (typeof obj.type === 'string' && obj.type.startsWith('Action.') && /\.actions\[\d+\]$/.test(p) && !/\.card\./.test(p)) n++;
  }
  return n;
}

let browser; // closed on every exit path
async function closeBrowser() {
  const b = browser;
  browser = undefined;
  if (b) await b.close().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`cards:preview: ${signal}, stopping the browser`);
    closeBrowser().finally(() => process.exit(130));
  });
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) console.log(`cards:preview: ${ensureBuilt()}`);

  const m = loadModules();
  const names = [...m.cards.CARD_NAMES];
  const onDisk = fs.readdirSync(opts.cardsDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  const unregistered = onDisk.filter((n) => !names.includes(n));
  const renderer = new m.cards.CardRenderer({ cacheSize: 0, templates: readTemplates(opts.cardsDir, names) });
  const themes = (opts.themes ?? Object.keys(THEMES)).filter((t) => THEMES[t]);
  let samples = buildSamples(m);
  if (opts.only) samples = samples.filter((s) => opts.only.includes(s.template));
  if (opts.locales) samples = samples.filter((s) => opts.locales.includes(s.locale));
  if (!samples.length || !themes.length) throw new Error('nothing to render (check --only / --locale / --theme)');
  const missing = names.filter((n) => !samples.some((s) => s.template === n));
  if (!opts.only && missing.length) throw new Error(`no sample data for template(s): ${missing.join(', ')}`);

  // Expand every sample once (theme-independent) and check the JSON.
  const cards = samples.map((s) => {
    const file = `${s.template}-${s.variant}-${s.locale}`;
    try {
      const card = renderer.render(s.template, s.data).content;
      return { ...s, file, card, jsonIssues: jsonProblems(card) };
    } catch (error) {
      return { ...s, file, card: null, jsonIssues: [`expansion failed: ${error.message}`] };
    }
  });

  const full = !opts.only && !opts.locales && !opts.themes;
  fs.mkdirSync(path.join(opts.out, 'json'), { recursive: true });
  for (const theme of themes) {
    const dir = path.join(opts.out, theme);
    fs.mkdirSync(dir, { recursive: true });
    if (full) for (const f of fs.readdirSync(dir)) if (f.endsWith('.png')) fs.unlinkSync(path.join(dir, f));
  }
  for (const c of cards) if (c.card) fs.writeFileSync(path.join(opts.out, 'json', `${c.file}.json`), JSON.stringify(c.card, null, 2));

  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const { chromium } = require('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, chromiumSandbox: false, args: CHROMIUM_ARGS });

  const results = [];
  await Promise.all(
    themes.map(async (theme) => {
      const page = await browser.newPage({ viewport: { width: opts.width + 64, height: 900 }, deviceScaleFactor: opts.scale });
      page.on('pageerror', (e) => console.error(`[${theme}] page error: ${e.message}`));
      await page.route('**/*', (route) => route.abort()); // offline: nothing may load from the network
      await page.setContent(pageHtml(theme, opts.width));
      for (const script of SCRIPTS) await page.addScriptTag({ content: fs.readFileSync(script, 'utf8') });
      const config = hostConfig(theme);
      const frame = page.locator('#frame');
      for (const c of cards) {
        const result = { template: c.template, variant: c.variant, locale: c.locale, theme, file: c.file, issues: [...c.jsonIssues], warnings: [] };
        results.push(result);
        if (!c.card) continue;
        let rendered;
        try {
          rendered = await page.evaluate(([card, hc]) => window.cardsPreview.render(card, hc), [c.card, config]);
        } catch (error) {
          result.issues.push(`render threw: ${error.message.split('\n')[0]}`);
          continue;
        }
        result.issues.push(...rendered.issues);
        result.warnings.push(...rendered.warnings);
        const expected = visibleActionCount(c.card);
        if (rendered.buttons < expected) result.warnings.push(`${expected - rendered.buttons} of ${expected} actions not shown`);
        result.png = path.join(theme, `${c.file}.png`);
        await frame.screenshot({ path: path.join(opts.out, result.png), animations: 'disabled' });
      }
      await page.close();
    }),
  );
  await closeBrowser();

  const order = new Map(cards.map((c, i) => [c.file, i]));
  results.sort((a, b) => order.get(a.file) - order.get(b.file) || themes.indexOf(a.theme) - themes.indexOf(b.theme));
  fs.writeFileSync(path.join(opts.out, 'report.json'), JSON.stringify(results, null, 2));
  writeGallery(path.join(opts.out, 'index.html'), results, { themes, width: opts.width });

  // Report: a problem seen in both themes is listed once, with its themes.
  const grouped = (key) => {
    const map = new Map();
    for (const r of results) {
      for (const msg of r[key]) {
        const k = `${r.file}\u0000${msg}`;
        if (!map.has(k)) map.set(k, { file: r.file, msg, themes: [] });
        map.get(k).themes.push(r.theme);
      }
    }
    return [...map.values()];
  };
  const errors = grouped('issues');
  for (const n of unregistered) errors.push({ file: `cards/${n}.json`, msg: 'template not in CARD_NAMES, not previewed', themes: [] });
  const warnings = grouped('warnings');
  const label = (p) => `${p.file}${p.themes.length && p.themes.length < themes.length ? ` [${p.themes.join(',')}]` : ''}`;
  if (warnings.length) {
    console.log(`\nWarnings (${warnings.length}):`);
    for (const w of warnings) console.log(`  ${label(w)}: ${w.msg}`);
  }
  if (errors.length) {
    console.log(`\nErrors (${errors.length}):`);
    for (const e of errors) console.log(`  ${label(e)}: ${e.msg}`);
  }
  const rendered = results.filter((r) => r.png).length;
  console.log(`\nPreviews: ${path.relative(process.cwd(), path.join(opts.out, 'index.html')) || 'index.html'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (warnings.length) console.log(`${warnings.length} warnings (clipping, contrast; they do not fail the run)`);
  console.log(`${rendered} cards rendered, ${errors.length} errors`);
  return errors.length ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.error(`cards:preview: still running after ${WATCHDOG_MS / 1000} s, giving up`);
  closeBrowser().finally(() => process.exit(2));
}, WATCHDOG_MS);

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(`cards:preview failed: ${error.stack || error.message}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    clearTimeout(watchdog);
    await closeBrowser();
  });
