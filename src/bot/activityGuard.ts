/**
 * Checks an incoming request body before the SDK sees it, so a malformed activity gets a clear 400
 * naming the field instead of an SDK stack trace or a failed turn (STACK.md trap 6). Every field the SDK
 * echoes back or the bot reads has a type and a length; the whole body has a depth and a size.
 */
export type GuardResult = { ok: true } | { ok: false; message: string };

/** Teams activities nest a handful of levels; card data a few more. */
export const MAX_DEPTH = 32;
/** Objects, arrays and values in one body. A Teams activity has a few dozen; a card submit a few hundred. */
export const MAX_NODES = 20_000;

const ID_MAX = 1024;
const NAME_MAX = 1024;
const TENANT_MAX = 128;
const TAG_MAX = 64;
const URL_MAX = 2048;

type Check = (value: unknown) => boolean;
const str =
  (max: number): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const bool: Check = (v) => typeof v === 'boolean';
const obj: Check = (v) => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Ids a reply's URL carries ("/v3/conversations/{conversation.id}/activities/{id}"): Teams' are visible ASCII;
 * another one cannot be sent back (a lone surrogate: "URIError: URI malformed"; a control character:
 * ERR_INVALID_CHAR) and would fail the turn.
 */
const urlId: Check = (v) => typeof v === 'string' && v.length <= ID_MAX && /^[\x21-\x7e]*$/.test(v);

/** Optional fields: when present (and not null), they must pass. */
const ACTIVITY_FIELDS: Array<[string, Check, string]> = [
  ['id', urlId, `a string of visible ASCII characters of at most ${ID_MAX} characters`],
  ['timestamp', str(TAG_MAX), 'a string'],
  ['localTimestamp', str(TAG_MAX), 'a string'],
  ['localTimezone', str(TAG_MAX), 'a string'],
  ['textFormat', str(TAG_MAX), 'a string'],
  ['deliveryMode', str(TAG_MAX), 'a string'],
  ['inputHint', str(TAG_MAX), 'a string'],
  ['callerId', str(URL_MAX), 'a string'],
  ['name', str(NAME_MAX), 'a string'],
  ['replyToId', str(ID_MAX), 'a string'],
  ['text', (v) => typeof v === 'string', 'a string'],
  ['summary', (v) => typeof v === 'string', 'a string'],
  ['locale', str(20), 'a language tag such as "en-US"'],
  ['channelData', obj, 'an object'],
];

/** Fields of from, recipient, conversation and the members of membersAdded / membersRemoved. */
const ACCOUNT_FIELDS: Array<[string, Check, string]> = [
  ['name', str(NAME_MAX), 'a string'],
  ['aadObjectId', str(TENANT_MAX), 'a string'],
  ['tenantId', str(TENANT_MAX), 'a string'],
  ['role', str(TAG_MAX), 'a string'],
  ['conversationType', str(TAG_MAX), 'a string'],
  ['isGroup', bool, 'true or false'],
];

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function fail(message: string): GuardResult {
  return { ok: false, message };
}

function badField(path: string, what: string, max?: number): GuardResult {
  return fail(`The activity "${path}" must be ${what}${max ? ` of at most ${max} characters` : ''}.`);
}

const NUL_MESSAGE = 'The activity contains a NUL character (U+0000).';

/** Depth and node count of the whole body, without recursion (a deep body must not overflow the stack here). */
function checkShape(body: unknown): GuardResult {
  const stack: Array<[unknown, number]> = [[body, 0]];
  let nodes = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (++nodes > MAX_NODES) return fail(`The activity has more than ${MAX_NODES} values.`);
    // No Teams activity carries U+0000, and PostgreSQL cannot store it in text or JSON: refused here, not mid-turn.
    if (typeof value === 'string' && value.includes('\u0000')) return fail(NUL_MESSAGE);
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return fail(`The activity is nested more than ${MAX_DEPTH} levels deep.`);
    if (!Array.isArray(value) && Object.keys(value).some((k) => k.includes('\u0000'))) return fail(NUL_MESSAGE);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
  }
  return { ok: true };
}

const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

function checkAccount(path: string, value: unknown, required: boolean): GuardResult {
  if (!obj(value)) return required ? fail(`The activity needs "${path}.id".`) : badField(path, 'an object');
  const account = value as Record<string, unknown>;
  if (typeof account.id !== 'string' || account.id.length === 0 || account.id.length > ID_MAX) {
    return present(account.id) ? badField(`${path}.id`, 'a non-empty string', ID_MAX) : fail(`The activity needs "${path}.id".`);
  }
  // Conversation ids are visible ASCII ("a:1…", "19:…@thread.tacv2;messageid=…"); another one cannot be sent
  // back to the Bot Connector (Node refuses it in the reply's request: ERR_INVALID_CHAR) and would fail the turn.
  if (path === 'conversation' && !VISIBLE_ASCII.test(account.id)) return badField(`${path}.id`, 'visible ASCII characters');
  for (const [field, check, what] of ACCOUNT_FIELDS) {
    if (present(account[field]) && !check(account[field])) return badField(`${path}.${field}`, what);
  }
  return { ok: true };
}

function checkValue(a: Record<string, unknown>): GuardResult {
  const value = a.value;
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') {
    const action = obj(value) ? (value as { action?: unknown }).action : undefined;
    if (!obj(action)) return fail('An adaptiveCard/action invoke needs "value.action".');
    const { verb, data } = action as { verb?: unknown; data?: unknown };
    if (present(verb) && !str(TAG_MAX * 2)(verb)) return badField('value.action.verb', 'a string', TAG_MAX * 2);
    if (present(data) && !obj(data)) return badField('value.action.data', 'an object');
  }
  if (a.type === 'message' && obj(value)) {
    // A card submit: the bot reads its verb, and a question button's query as typed text.
    const { verb, query } = value as { verb?: unknown; query?: unknown };
    if (present(verb) && !str(TAG_MAX * 2)(verb)) return badField('value.verb', 'a string', TAG_MAX * 2);
    if (present(query) && typeof query !== 'string') return badField('value.query', 'a string');
  }
  return { ok: true };
}

export function checkActivityBody(body: unknown): GuardResult {
  if (!obj(body)) return fail('The body must be a JSON activity object.');
  const shape = checkShape(body);
  if (!shape.ok) return shape;
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type.length === 0 || a.type.length > TAG_MAX) {
    return fail('The activity needs a "type".');
  }
  const missing = ['from', 'conversation', 'recipient'].filter((f) => {
    const id = obj(a[f]) ? (a[f] as { id?: unknown }).id : undefined;
    return !present(id);
  });
  if (missing.length) return fail(`The activity needs ${missing.map((f) => `"${f}.id"`).join(', ')}.`);
  for (const f of ['from', 'conversation', 'recipient']) {
    const verdict = checkAccount(f, a[f], true);
    if (!verdict.ok) return verdict;
  }
  // Every Bot Framework activity names its channel; the bot's state is keyed by it.
  if (typeof a.channelId !== 'string' || a.channelId.length === 0 || a.channelId.length > TAG_MAX) {
    return present(a.channelId) && a.channelId !== '' ? badField('channelId', 'a non-empty string', TAG_MAX) : fail('The activity needs a "channelId".');
  }
  if (typeof a.serviceUrl !== 'string' || a.serviceUrl.length > URL_MAX || !/^https?:\/\//i.test(a.serviceUrl)) {
    return fail('The activity needs an http(s) "serviceUrl".');
  }
  for (const [field, check, what] of ACTIVITY_FIELDS) {
    if (present(a[field]) && !check(a[field])) return badField(field, what);
  }
  const tenant = obj(a.channelData) ? (a.channelData as { tenant?: unknown }).tenant : undefined;
  if (present(tenant)) {
    const id = obj(tenant) ? (tenant as { id?: unknown }).id : tenant;
    if (!obj(tenant) || (present(id) && !str(TENANT_MAX)(id))) return badField('channelData.tenant.id', 'a string', TENANT_MAX);
  }
  for (const field of ['entities', 'membersAdded', 'membersRemoved', 'attachments'] as const) {
    const list = a[field];
    if (present(list) && (!Array.isArray(list) || list.some((item) => !obj(item)))) {
      return fail(`The activity "${field}" must be a list of objects.`);
    }
  }
  for (const field of ['membersAdded', 'membersRemoved'] as const) {
    const list = (a[field] as unknown[] | undefined) ?? [];
    for (let i = 0; i < list.length; i++) {
      const verdict = checkAccount(`${field}[${i}]`, list[i], true);
      if (!verdict.ok) {
        return (list[i] as { id?: unknown }).id === undefined
          ? fail('Every member in "membersAdded" / "membersRemoved" needs an "id".')
          : verdict;
      }
    }
  }
  return checkValue(a);
}
