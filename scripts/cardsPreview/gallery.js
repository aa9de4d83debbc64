'use strict';
/** previews/index.html: one section per template, one row per variant × locale, one column per theme. */
const fs = require('fs');

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function writeGallery(file, results, { themes, width }) {
  const byFile = new Map();
  for (const r of results) {
    if (!byFile.has(r.file)) byFile.set(r.file, { template: r.template, variant: r.variant, locale: r.locale, file: r.file, themes: {} });
    byFile.get(r.file).themes[r.theme] = r;
  }
  const templates = [...new Set(results.map((r) => r.template))];
  const errorCount = results.reduce((n, r) => n + r.issues.length, 0);
  const warnCount = results.reduce((n, r) => n + r.warnings.length, 0);

  const cell = (r) => {
    if (!r) return '<td></td>';
    const img = r.png ? `<a href="${esc(r.png)}"><img loading="lazy" src="${esc(r.png)}" alt="${esc(r.file)} ${r.theme}"></a>` : '<p class="err">not rendered</p>';
    const list = (items, cls) => (items.length ? `<ul class="${cls}">${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : '');
    return `<td class="${r.theme}">${img}${list(r.issues, 'err')}${list(r.warnings, 'warn')}</td>`;
  };

  const sections = templates
    .map((t) => {
      const rows = [...byFile.values()]
        .filter((c) => c.template === t)
        .map((c) => {
          const bad = Object.values(c.themes).some((r) => r.issues.length) ? ' class="bad"' : '';
          return `<tr${bad} id="${esc(c.file)}"><th><a href="#${esc(c.file)}">${esc(c.variant)}</a><br><span>${esc(c.locale)}</span><br><a href="json/${esc(c.file)}.json">json</a></th>${themes.map((th) => cell(c.themes[th])).join('')}</tr>`;
        })
        .join('\n');
      return `<section><h2 id="t-${esc(t)}">${esc(t)}</h2><table><tr><th></th>${themes.map((th) => `<th>${esc(th)}</th>`).join('')}</tr>\n${rows}</table></section>`;
    })
    .join('\n');

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Card previews</title>
<style>
body { font-family: system-ui, sans-serif; margin: 16px; background: #fafafa; color: #222; }
nav a { margin-right: 12px; }
table { border-collapse: collapse; margin-bottom: 24px; }
th, td { vertical-align: top; padding: 8px; border-bottom: 1px solid #ddd; text-align: left; }
th span { color: #666; font-weight: normal; }
td.dark { background: #1f1f1f; } td.light { background: #f5f5f5; }
img { display: block; max-width: ${width + 40}px; }
ul { max-width: ${width + 20}px; font-size: 12px; padding-left: 18px; }
ul.err { color: #c00; background: #fff0f0; } ul.warn { color: #8a5a00; background: #fff8e6; }
tr.bad th { color: #c00; }
</style></head><body>
<h1>Card previews</h1>
<p>${byFile.size} cards × ${themes.length} theme(s), ${width}px wide, official adaptivecards renderer with the Teams host configs.
${errorCount} error(s), ${warnCount} warning(s). Generated ${esc(new Date().toISOString())} by <code>npm run cards:preview</code>.</p>
<nav>${templates.map((t) => `<a href="#t-${esc(t)}">${esc(t)}</a>`).join('')}</nav>
${sections}
</body></html>
`;
  fs.writeFileSync(file, html);
}

module.exports = { writeGallery };
