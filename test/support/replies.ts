/** What the bot answered (expectReplies), read as a user would: no app code loaded, for tests of a bot in another process too. */
export interface Reply {
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
  [k: string]: unknown;
}

/** Everything a user can read in the replies: text, and every string inside the cards. */
export function visibleText(replies: Reply[]): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'data' || k === 'type' || k === 'contentType' || k === '$schema' || k === 'version') continue;
        walk(x);
      }
    }
  };
  for (const r of replies) {
    if (r.text) out.push(r.text);
    walk(r.attachments?.map((a) => a.content));
  }
  return out.join('\n');
}

/** A button a user can press on a card: its title, and the data it submits. */
export interface CardButton {
  title: string;
  data?: Record<string, unknown>;
}

/** Every button of the replies' cards (card actions and ActionSets in the body), in order. */
export function cardButtons(replies: Reply[]): CardButton[] {
  const found: CardButton[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') found.push(o as unknown as CardButton);
      Object.values(o).forEach(walk);
    }
  };
  replies.forEach((r) => walk(r.attachments?.map((a) => a.content)));
  return found;
}

/** The titles of cardButtons(), as a user reads them. */
export function buttonTitles(replies: Reply[]): string[] {
  return cardButtons(replies).map((b) => b.title);
}
