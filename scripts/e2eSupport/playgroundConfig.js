'use strict';
/**
 * The Playground's mock world (e2e/playground.yml) and the variants the scripts need: the same tenant seen
 * by another mocked user, or a user of another tenant. Plain JavaScript so `npm run playground` needs no build;
 * `npm run e2e` loads it too (types in playgroundConfig.d.ts).
 *
 * The Playground (0.2.28) reads one config file (schema 0.1.1: tenantId, bot, currentUser, exactly 5 users,
 * personalChat, groupChat, team with at most one extra channel). It has no user switcher and no roles: a
 * variant is a second config file, served by a second Playground process on another port. JSON is valid YAML,
 * so variants are written as JSON.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_CONFIG = path.join(PROJECT_ROOT, 'e2e', 'playground.yml');

/** node_modules/.bin/agentsplayground of this project (or of a parent folder). */
function findPlaygroundBin(from = PROJECT_ROOT) {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'agentsplayground.cmd' : 'agentsplayground');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function scalar(raw) {
  const v = raw.trim();
  if (v === '') return '';
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
    return v.startsWith('"') ? JSON.parse(v) : v.slice(1, -1).replace(/''/g, "'");
  }
  return v;
}

function stripComment(line) {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return line.slice(0, i);
    }
  }
  return line;
}

/**
 * Parses the YAML subset the Playground config uses: nested maps by indentation, lists of maps ("- key: v"),
 * plain or quoted string scalars, comments. JSON (a variant file) is parsed as JSON.
 */
function parseConfigText(text) {
  if (text.trimStart().startsWith('{')) return JSON.parse(text);
  const lines = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = stripComment(raw).replace(/\s+$/, '');
    if (line.trim() === '') continue;
    lines.push({ indent: line.length - line.trimStart().length, text: line.trim() });
  }
  let i = 0;
  function block(indent) {
    if (i < lines.length && lines[i].text.startsWith('- ')) return list(indent);
    const obj = {};
    while (i < lines.length && lines[i].indent === indent && !lines[i].text.startsWith('- ')) {
      const { text: t } = lines[i];
      const colon = t.indexOf(':');
      if (colon < 0) throw new Error(`playground config: expected "key: value" at "${t}"`);
      const key = t.slice(0, colon).trim();
      const rest = t.slice(colon + 1);
      i++;
      if (rest.trim() !== '') obj[key] = scalar(rest);
      else if (i < lines.length && lines[i].indent > indent) obj[key] = block(lines[i].indent);
      else if (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith('- ')) obj[key] = list(indent);
      else obj[key] = null;
    }
    return obj;
  }
  function list(indent) {
    const arr = [];
    while (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith('- ')) {
      const itemIndent = indent + 2;
      lines[i] = { indent: itemIndent, text: lines[i].text.slice(2).trim() };
      if (!lines[i].text.includes(':')) {
        arr.push(scalar(lines[i].text));
        i++;
      } else {
        arr.push(block(itemIndent));
      }
    }
    return arr;
  }
  const result = block(lines.length ? lines[0].indent : 0);
  if (i < lines.length) throw new Error(`playground config: unexpected indentation at "${lines[i].text}"`);
  return result;
}

function loadWorld(file = DEFAULT_CONFIG) {
  const world = parseConfigText(fs.readFileSync(file, 'utf8'));
  for (const key of ['tenantId', 'bot', 'currentUser', 'users', 'personalChat', 'groupChat', 'team']) {
    if (!(key in world)) throw new Error(`${file}: "${key}" is missing`);
  }
  return world;
}

function clone(v) {
  return JSON.parse(JSON.stringify(v));
}

function matchesUser(user, who) {
  const w = String(who).toLowerCase();
  return [user.id, user.aadObjectId, user.name, user.givenName, user.email, user.userPrincipleName]
    .filter(Boolean)
    .some((v) => String(v).toLowerCase() === w || String(v).toLowerCase().startsWith(w + ' '));
}

/**
 * The same world seen by another mocked user: `who` (given name, name, id or aadObjectId) becomes the current
 * user and the current user takes its place among the 5 users. The chat ids stay, so both Playgrounds show the
 * same group chat and team; the personal chat gets its own id (it is between the bot and one user).
 */
function asUser(world, who) {
  if (!who || matchesUser(world.currentUser, who)) return clone(world);
  const index = world.users.findIndex((u) => matchesUser(u, who));
  if (index < 0) {
    const names = [world.currentUser, ...world.users].map((u) => u.givenName || u.name).join(', ');
    throw new Error(`no mocked user "${who}" (known: ${names})`);
  }
  const next = clone(world);
  const me = next.users[index];
  next.users[index] = next.currentUser;
  next.currentUser = me;
  next.personalChat = { id: `a:personal-chat-${String(me.givenName || me.id).toLowerCase().replace(/[^a-z0-9]+/g, '-')}` };
  return next;
}

/**
 * A separate organization: another tenant id, other users' object ids, other chat ids. The Playground puts its
 * config's single tenantId on every activity (conversation.tenantId and channelData.tenant.id), so "a user of
 * another tenant" is a whole second Playground, never a guest inside this tenant's team.
 */
function otherTenant(world, tenantId = 'f0b1a2c3-9d8e-4f70-8a6b-5c4d3e2f1a00', label = 'fabrikam') {
  const next = clone(world);
  next.tenantId = tenantId;
  const remap = (u, n) => ({
    ...u,
    id: `29:${label}-${n}`,
    aadObjectId: `f0b1a2c3-${String(n).padStart(4, '0')}-4f70-8a6b-${String(n).padStart(12, '0')}`,
    name: `${u.givenName} ${u.surname} (${label[0].toUpperCase()}${label.slice(1)})`,
    userPrincipleName: u.userPrincipleName.replace(/@.*/, `@${label}.example`),
    email: u.email.replace(/@.*/, `@${label}.example`),
  });
  next.currentUser = remap(next.currentUser, 1);
  next.users = next.users.map((u, i) => remap(u, i + 2));
  next.personalChat = { id: `a:personal-chat-${label}` };
  next.groupChat = { ...next.groupChat, id: `19:group-chat-${label}@thread.v2` };
  next.team = {
    ...next.team,
    id: `19:team-${label}@thread.tacv2`,
    name: `${label[0].toUpperCase()}${label.slice(1)} Team`,
    aadGroupId: 'f0b1a2c3-0000-4f70-8a6b-00000000a0a0',
    channels: next.team.channels.map((c, i) => ({ ...c, id: `19:channel-${label}-${i}@thread.tacv2` })),
  };
  return next;
}

/** Writes a variant where the Playground can read it (JSON is YAML) and returns its path. */
function writeConfig(world, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-config-'))) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'playground.yml');
  fs.writeFileSync(file, JSON.stringify(world, null, 2) + '\n');
  return file;
}

module.exports = { PROJECT_ROOT, DEFAULT_CONFIG, findPlaygroundBin, parseConfigText, loadWorld, asUser, otherTenant, writeConfig };
