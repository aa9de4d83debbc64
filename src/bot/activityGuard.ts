/**
 * Checks an incoming request body before the SDK sees it, so a malformed activity gets a clear 400
 * instead of an SDK stack trace (STACK.md trap 6).
 */
export type GuardResult = { ok: true } | { ok: false; message: string };

const ID_MAX = 1024;

function hasId(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= ID_MAX;
}

export function checkActivityBody(body: unknown): GuardResult {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, message: 'The body must be a JSON activity object.' };
  }
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type.length === 0 || a.type.length > 64) {
    return { ok: false, message: 'The activity needs a "type".' };
  }
  const missing = ['from', 'conversation', 'recipient'].filter((f) => !hasId(a[f]));
  if (missing.length) {
    return { ok: false, message: `The activity needs ${missing.map((f) => `"${f}.id"`).join(', ')}.` };
  }
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\//i.test(a.serviceUrl)) {
    return { ok: false, message: 'The activity needs an http(s) "serviceUrl".' };
  }
  if (a.text !== undefined && typeof a.text !== 'string') {
    return { ok: false, message: 'The activity "text" must be a string.' };
  }
  if (a.locale !== undefined && (typeof a.locale !== 'string' || a.locale.length > 20)) {
    return { ok: false, message: 'The activity "locale" must be a language tag such as "en-US".' };
  }
  for (const field of ['entities', 'membersAdded', 'membersRemoved', 'attachments'] as const) {
    const list = a[field];
    if (list !== undefined && (!Array.isArray(list) || list.some((item) => !item || typeof item !== 'object'))) {
      return { ok: false, message: `The activity "${field}" must be a list of objects.` };
    }
  }
  if (['membersAdded', 'membersRemoved'].some((f) => (a[f] as unknown[] | undefined)?.some((m) => !hasId(m)))) {
    return { ok: false, message: 'Every member in "membersAdded" / "membersRemoved" needs an "id".' };
  }
  if (a.channelData !== undefined && (a.channelData === null || typeof a.channelData !== 'object')) {
    return { ok: false, message: 'The activity "channelData" must be an object.' };
  }
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') {
    const action = (a.value as { action?: unknown } | undefined)?.action;
    if (!action || typeof action !== 'object') {
      return { ok: false, message: 'An adaptiveCard/action invoke needs "value.action".' };
    }
  }
  return { ok: true };
}
