'use strict';
/** The host page a card is rendered in: Teams host config, Teams container CSS, theme background, fixed width. */
const fs = require('fs');
const path = require('path');
const { ROOT } = require('./build');

const MODULES = path.join(ROOT, 'node_modules');

const THEMES = {
  light: {
    hostConfig: 'adaptivecards-designer/lib/hostConfigs/microsoft-teams-light.json',
    css: 'adaptivecards-designer/dist/containers/teams-container-light.css',
    pageBackground: '#f5f5f5',
  },
  dark: {
    hostConfig: 'adaptivecards-designer/lib/hostConfigs/microsoft-teams-dark.json',
    css: 'adaptivecards-designer/dist/containers/teams-container-dark.css',
    pageBackground: '#1f1f1f',
    // The designer's dark CSS keeps the light theme's link colour (#6264A7, 2.6:1 on the dark card); Teams
    // dark shows links in its light brand purple, which is the host config's accent colour.
    extraCss: 'a.ac-anchor:link, a.ac-anchor:visited { color: #A6A7DC; }',
  },
};

function read(rel) {
  return fs.readFileSync(path.join(MODULES, rel), 'utf8');
}

function hostConfig(theme) {
  return JSON.parse(read(THEMES[theme].hostConfig));
}

/**
 * Segoe UI (the Teams font) is not on Linux: it is aliased to Liberation Sans (Arial metrics), which is
 * close to Segoe UI's widths and has Cyrillic; so clipping seen here is roughly what Teams shows.
 */
const FONT_ALIASES = `
@font-face { font-family: 'Segoe UI'; src: local('Liberation Sans'), local('LiberationSans-Regular'); font-weight: 100 500; }
@font-face { font-family: 'Segoe UI'; src: local('Liberation Sans Bold'), local('LiberationSans-Bold'); font-weight: 600 900; }
`;

function pageHtml(theme, width) {
  const t = THEMES[theme];
  const css = read(t.css).replace(/url\([^)]*\)/g, 'none'); // no network: drop the bot logo image
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cards preview ${theme}</title>
<style>
${FONT_ALIASES}
${css}
html, body { margin: 0; padding: 0; background: ${t.pageBackground}; }
#frame { display: inline-block; padding: 16px; background: ${t.pageBackground}; }
#host { width: ${width}px; box-sizing: border-box; overflow: hidden; }
/* The renderer gives a TextBlock's first child width: 100%; keep a Markdown list's indent inside it. */
.ac-textBlock ul, .ac-textBlock ol { box-sizing: border-box; padding-left: 24px; }
${t.extraCss ?? ''}
</style></head>
<body><div id="frame"><div id="host" class="teams-card"></div></div></body></html>`;
}

const SCRIPTS = [
  path.join(MODULES, 'adaptivecards', 'dist', 'adaptivecards.min.js'),
  path.join(__dirname, 'browser.js'),
];

module.exports = { THEMES, hostConfig, pageHtml, SCRIPTS };
