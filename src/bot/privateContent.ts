import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import { maskIds, maskIdsDeep } from '../domain/idMasking';
import { Locale } from '../domain/types';
import { localeFromTag } from '../i18n/locale';
import { t } from '../i18n/strings';
import type { Logger } from '../logger';
import { conversationKindOf, ConversationKind, tenantOf } from './identity';

/**
 * Turn state flag: while set, what the turn sends becomes the answer of an Action.Execute invoke, which only
 * the person who clicked sees (AssistantBot), so it is not a message in the conversation.
 */
export const INVOKE_ANSWER = 'assistant.invokeAnswer';

/** Card inputs that hold an ID (the activation and edit forms). */
const ID_INPUTS = new Set(['accessId', 'contractId']);

/** The tenant's recorded Access ID and Contract ID (none when nothing is recorded). */
export type RecordedIds = (tenantId: string) => Promise<readonly string[]>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An ID as a whole token: "ACC-1" is not found inside "ACC-12". */
function containsToken(haystack: string, token: string): boolean {
  return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(token)}(?![A-Za-z0-9])`).test(haystack);
}

/** A form input (Input.Text) for an Access ID or Contract ID that comes filled in. */
function hasFilledIdInput(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasFilledIdInput);
  if (!value || typeof value !== 'object') return false;
  const node = value as Record<string, unknown>;
  if (typeof node.id === 'string' && ID_INPUTS.has(node.id) && typeof node.value === 'string' && node.value.trim() !== '') return true;
  return Object.values(node).some(hasFilledIdInput);
}

/**
 * The one rule for what leaves the bot: outside a personal chat, nothing carrying an Access ID or Contract
 * ID is sent as a message. An ID-bearing message to a group chat or channel is replaced by a pointer to the
 * personal chat (in a turn) or not sent at all (proactive). Handlers already route IDs privately; this is
 * the net under them, checked on every outgoing message.
 */
export class PrivateContentGuard {
  constructor(
    private readonly recordedIds: RecordedIds,
    private readonly logger: Logger,
  ) {}

  /** True when the activity shows one of the tenant's IDs or a card with an ID field filled in. */
  async carriesIds(tenantId: string | undefined, activity: Partial<Activity>): Promise<boolean> {
    if (activity.type !== undefined && activity.type !== ActivityTypes.Message) return false;
    const content = [activity.text, activity.summary, activity.speak, JSON.stringify(activity.attachments ?? []), JSON.stringify(activity.channelData ?? {})]
      .filter((s): s is string => typeof s === 'string')
      .join('\n');
    if (hasFilledIdInput(activity.attachments?.map((a) => a.content))) return true;
    if (!tenantId) return false;
    const ids = await this.recordedIds(tenantId);
    return ids.some((id) => id.trim() !== '' && containsToken(content, id.trim()));
  }

  /** True when this text, posted where several people read it, would show an Access ID or Contract ID. */
  async textShowsIds(tenantId: string, text: string): Promise<boolean> {
    return maskIds(text, await this.recordedIds(tenantId)).masked;
  }

  /**
   * The activity as it may be posted in a shared conversation: every Access ID and Contract ID in its text,
   * summary and cards (the tenant's recorded ones, and ID-shaped tokens named as IDs) masked. People's own
   * words reach the helpdesk channel this way (ticket questions, answers, transcripts).
   */
  async masked(tenantId: string, activity: Partial<Activity>): Promise<Partial<Activity>> {
    const ids = await this.recordedIds(tenantId);
    const { value, masked } = maskIdsDeep({ text: activity.text, summary: activity.summary, speak: activity.speak, attachments: activity.attachments }, ids);
    if (!masked) return activity;
    this.logger.info('IDs masked in a message to a shared conversation', { component: 'privacy' });
    const out: Partial<Activity> = { ...activity };
    for (const key of ['text', 'summary', 'speak', 'attachments'] as const) if (value[key] !== undefined) (out as Record<string, unknown>)[key] = value[key];
    return out;
  }

  /** False when a proactive message to this conversation must not go: it is shared and carries IDs. */
  async mayPost(tenantId: string, kind: ConversationKind, activity: Partial<Activity>): Promise<boolean> {
    if (kind === 'personal') return true;
    if (!(await this.carriesIds(tenantId, activity))) return true;
    this.logger.warn('an ID-bearing message to a shared conversation was not sent', { kind });
    return false;
  }

  /** Checks every message the turn sends to a group chat or channel, except an invoke's own answer. */
  install(context: TurnContext): void {
    const kind = conversationKindOf(context.activity);
    if (kind === 'personal') return;
    const tenantId = tenantOf(context.activity);
    context.onSendActivities(async (ctx, activities, next) => {
      if (ctx.turnState.get(INVOKE_ANSWER) === true) return next();
      for (let i = 0; i < activities.length; i += 1) {
        if (!(await this.carriesIds(tenantId, activities[i]))) {
          // IDs nobody recorded yet, typed by a person and shown here (a ticket's question): masked.
          if (tenantId) activities[i] = await this.masked(tenantId, activities[i]);
          continue;
        }
        this.logger.warn('an ID-bearing message to a shared conversation was replaced', { kind });
        const locale: Locale = ctx.turnState.get('assistant.locale') ?? localeFromTag(ctx.activity.locale) ?? 'en';
        activities[i] = { ...activities[i], text: t(locale, 'ids.notHere'), attachments: undefined, summary: undefined, speak: undefined };
      }
      return next();
    });
  }
}
