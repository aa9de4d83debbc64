import type { Locator, Page } from 'playwright-core';
import type { PlaygroundWorld } from './playgroundConfig';

/** How long the bot and the Playground get to show a reply (one turn is well under a second here). */
export const REPLY_TIMEOUT_MS = 15_000;

/** What a README picture shows: one card, or everything from one card to another, and how much above. */
export interface DocsClip {
  from: Locator;
  to?: Locator;
  /** The user's message the picture starts with (it is above `from`). */
  question?: string;
}

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/**
 * One user's Playground tab, driven the way a person uses it: pick a conversation in the left tree, type in the
 * compose box (with an @mention of the bot outside the personal chat), read the rendered Adaptive Cards
 * (`.ac-adaptiveCard`, the renderer's root class) and click their buttons.
 */
export class ChatPage {
  private kind: ConversationKind = 'personal';

  constructor(
    readonly page: Page,
    readonly world: PlaygroundWorld,
    readonly label: string,
  ) {}

  static async open(page: Page, url: string, world: PlaygroundWorld, label: string): Promise<ChatPage> {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    const chat = new ChatPage(page, world, label);
    await chat.editor().waitFor({ state: 'visible', timeout: 20_000 });
    // The log panel is for debugging; without it the chat column is wider and the cards easier to read.
    const hide = page.locator('button[title="Hide log panel"]');
    if (await hide.isVisible().catch(() => false)) await hide.click({ timeout: 5_000 }).catch(() => undefined);
    return chat;
  }

  /** The conversation's compose box: the last editor ("Type a message") in chats, "Start a new post" in a channel. */
  private editor(): Locator {
    const editors = this.page.locator('[data-lexical-editor="true"]');
    return this.kind === 'channel' ? editors.first() : editors.last();
  }

  /** The tree item's accessible name for each conversation of the mock world. */
  conversationLabel(kind: ConversationKind, channelName?: string): string {
    if (kind === 'personal') return 'Personal Chat';
    if (kind === 'groupChat') return this.world.groupChat.name;
    const channel = channelName ?? this.world.team.channels[0]?.name ?? 'General';
    return `${this.world.team.name} - ${channel}`;
  }

  async openConversation(kind: ConversationKind, channelName?: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: this.conversationLabel(kind, channelName), exact: true }).click({ timeout: 10_000 });
    this.kind = kind;
    await this.editor().waitFor({ state: 'visible', timeout: 10_000 });
    if (kind === 'channel') await this.page.getByText('Start a new post').first().waitFor({ timeout: 10_000 });
  }

  /**
   * Sends `text` as the user. In a group chat or channel the bot only receives messages that @mention it, as in
   * Teams: the mention is picked from the Playground's typeahead. A channel message starts a new post.
   */
  async say(text: string): Promise<void> {
    const editor = this.editor();
    await editor.click({ timeout: 5_000 });
    if (this.kind !== 'personal') {
      const firstWord = this.world.bot.name.split(/\s+/)[0];
      await this.page.keyboard.type(`@${firstWord}`);
      await this.page
        .locator('#typeahead-menu [role="menuitem"]')
        .filter({ hasText: this.world.bot.name })
        .first()
        .click({ timeout: 5_000 });
      await this.page.keyboard.insertText(` ${text}`);
    } else {
      await this.page.keyboard.insertText(text);
    }
    if (this.kind === 'channel') {
      await this.page.getByRole('button', { name: 'Post', exact: true }).click({ timeout: 5_000 });
    } else {
      await this.page.keyboard.press('Enter');
    }
  }

  /** Rendered Adaptive Cards whose visible text matches `re`, in document order. */
  cards(re?: RegExp): Locator {
    const all = this.page.locator('.ac-adaptiveCard');
    return re ? all.filter({ hasText: re }) : all;
  }

  /**
   * Runs `action` and waits until one more card matching `re` is on screen than before (a new message, or a card
   * replaced in place by an Action.Execute response). Returns that card (the last match).
   */
  async expectNewCard(re: RegExp, action: () => Promise<void>, what: string, timeoutMs = REPLY_TIMEOUT_MS): Promise<Locator> {
    // Cards are told apart by their text, not by DOM identity: the Playground re-renders older cards now and
    // then, and in a channel the newest post is on top, so neither elements nor document order can be trusted.
    const before = new Map<string, number>();
    for (const text of await this.cards().allInnerTexts()) before.set(text, (before.get(text) ?? 0) + 1);
    await action();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const texts = await this.cards().allInnerTexts();
      const left = new Map(before);
      let found = -1;
      texts.forEach((text, i) => {
        const n = left.get(text) ?? 0;
        if (n > 0) left.set(text, n - 1);
        else if (re.test(text)) found = i;
      });
      if (found >= 0) {
        const card = this.cards().nth(found);
        await card.scrollIntoViewIfNeeded({ timeout: 1_000 }).catch(() => undefined);
        return card;
      }
      await this.page.waitForTimeout(150);
    }
    throw new Error(`${this.label}: no new card showing ${what} (${re}) within ${timeoutMs} ms. Cards on screen:\n${await this.describeCards()}`);
  }

  /** Same as expectNewCard for plain text (a bot message without a card): counts matches in the page's text. */
  async expectNewText(re: RegExp, action: () => Promise<void>, what: string, timeoutMs = REPLY_TIMEOUT_MS): Promise<void> {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    const count = async () => ((await this.chatText()).match(global) ?? []).length;
    const before = await count();
    await action();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await count()) > before) return;
      await this.page.waitForTimeout(150);
    }
    throw new Error(`${this.label}: "${what}" (${re}) did not appear within ${timeoutMs} ms. Cards on screen:\n${await this.describeCards()}`);
  }

  /** Waits until the conversation shows `re` (a message the bot sent on its own, which may already be there). */
  async expectText(re: RegExp, what: string, timeoutMs = REPLY_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (re.test(await this.chatText())) return;
      await this.page.waitForTimeout(150);
    }
    throw new Error(`${this.label}: "${what}" (${re}) did not appear within ${timeoutMs} ms. Cards on screen:\n${await this.describeCards()}`);
  }

  /** The text of the conversation column (everything but the conversation tree and the log panel). */
  async chatText(): Promise<string> {
    // Runs in the page (the project compiles without the DOM library, so the function is given as source).
    return this.page.evaluate<string>(`(() => {
      const editor = document.querySelector('[data-lexical-editor="true"]');
      const tree = document.querySelector('[role="region"][aria-label="Chat and Teams Channel"]');
      let node = editor;
      let best = null;
      while (node && node !== document.body) {
        if (tree && node.contains(tree)) break;
        if (node.querySelector('button[title="Clear logs"]')) break;
        best = node;
        node = node.parentElement;
      }
      return (best || document.body).innerText;
    })()`);
  }

  async button(card: Locator, title: string | RegExp): Promise<Locator> {
    const button = card.getByRole('button', { name: title });
    await button.first().waitFor({ state: 'visible', timeout: 5_000 });
    return button.first();
  }

  async click(card: Locator, title: string | RegExp): Promise<void> {
    await (await this.button(card, title)).click({ timeout: 5_000 });
  }

  /** Types into the card's input labelled `label` (Adaptive Card inputs carry their label as accessible name). */
  async fill(card: Locator, label: string | RegExp, value: string): Promise<void> {
    const input = card.getByLabel(label).first();
    await input.waitFor({ state: 'visible', timeout: 5_000 });
    await input.fill(value, { timeout: 5_000 });
  }

  async describeCards(): Promise<string> {
    const texts = await this.cards().allInnerTexts().catch(() => [] as string[]);
    return texts
      .slice(-4)
      .map((t, i) => `  [card ${i + 1}] ${t.replace(/\s+/g, ' ').slice(0, 300)}`)
      .join('\n');
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, timeout: 10_000 });
  }

  /**
   * A picture for the README: from `from` (with the user's message above it) to `to`, cropped to the
   * conversation column. The page is made tall enough to hold it, then restored.
   */
  async docsShot(clip: DocsClip, file: string): Promise<void> {
    const viewport = this.page.viewportSize() ?? { width: 1280, height: 900 };
    await this.page.setViewportSize({ width: viewport.width, height: 1900 });
    try {
      await this.page.waitForTimeout(300);
      const last = clip.to ?? clip.from;
      await last.scrollIntoViewIfNeeded({ timeout: 5_000 });
      await this.page.waitForTimeout(300);
      const top = await clip.from.boundingBox();
      const bottom = await last.boundingBox();
      if (!top || !bottom) throw new Error('the card to photograph is not on screen');
      const asked = clip.question ? await this.page.getByText(clip.question, { exact: true }).last().boundingBox() : null;
      // The user's bubble has its timestamp line above it; the bot's card has its author line above it.
      const y = Math.max(0, asked && asked.y < top.y ? asked.y - 40 : top.y - 40);
      const x = Math.max(0, top.x - 70);
      // With the log panel hidden the conversation column reaches the right edge of the page.
      const right = viewport.width - 4;
      const height = Math.min(1900 - y, bottom.y + bottom.height + 16 - y);
      const width = right - x;
      await this.page.screenshot({ path: file, clip: { x, y, width, height }, timeout: 10_000 });
    } finally {
      await this.page.setViewportSize(viewport);
    }
  }
}

/** Asserts that the card shows `re`, with the card's text in the error. */
export async function expectCardText(card: Locator, re: RegExp, what: string): Promise<string> {
  const text = (await card.innerText({ timeout: 5_000 })).replace(/[ \t]+/g, ' ');
  if (!re.test(text)) throw new Error(`the card does not show ${what} (${re}). It shows:\n${text.slice(0, 800)}`);
  return text;
}

/** Asserts that the card does not show `re`. */
export async function expectNoCardText(card: Locator, re: RegExp, what: string): Promise<void> {
  const text = await card.innerText({ timeout: 5_000 });
  if (re.test(text)) throw new Error(`the card shows ${what} (${re}), and must not. It shows:\n${text.slice(0, 800)}`);
}
