import { ActivityTypes } from '../bot/protocol';
import type { CardRenderer } from '../cards';
import type { NoticeCardData } from '../cards/activationCards';
import { dueNotices, ledgerOf, type AdminNotice } from '../domain/incidentLedger';
import { isActivationRole } from '../domain/roles';
import type { Locale } from '../domain/types';
import { localeFromTag } from '../i18n/locale';
import { t } from '../i18n/strings';
import type { Store } from '../store/repositories';
import type { ConversationReads } from '../bot/confirmedConversations';

export interface AdminNoticesDeps {
  store: Store;
  /** The admins' personal chats, as Teams confirms them (ConfirmedConversations). */
  conversations: ConversationReads;
  cards: CardRenderer;
  /** Wakes the outbox after notices were written. */
  kick: () => void;
}

/** The personal chats of the tenant's Global admins and MPN partner admins, each with its language. */
export async function adminPersonalChats(
  store: Pick<Store, 'roles'>,
  conversations: ConversationReads,
  tenantId: string,
): Promise<Array<{ conversationId: string; reference: object; locale: Locale }>> {
  const admins = (await store.roles.list(tenantId)).filter((g) => isActivationRole(g.role));
  const chats = await conversations.listPersonal(tenantId, [...new Set(admins.map((g) => g.aadObjectId))]);
  return chats.map((chat) => ({
    conversationId: chat.conversationId,
    reference: chat.reference,
    locale: localeFromTag((chat.reference as { locale?: string }).locale) ?? 'en',
  }));
}

/**
 * Tells the Global admins and MPN partner admins, in their personal chats and languages, when two or fewer
 * incidents are left by the ledger or the contract ends within 30 days: once per contract period (the
 * outbox writes each dedupe key once). Run when a case is recorded, when the incidents left are asked, and
 * by the daily notices pass (src/services/adminNoticeTimer.ts).
 */
export class AdminNotices {
  constructor(private readonly deps: AdminNoticesDeps) {}

  /** Writes the notices due on `today` (YYYY-MM-DD) to the outbox; returns how many messages that made. */
  async notify(tenantId: string, today: string): Promise<number> {
    const { store } = this.deps;
    const [profile, benefit, cases] = await Promise.all([store.profiles.get(tenantId), store.benefits.get(tenantId), store.cases.list(tenantId)]);
    const notices = dueNotices(ledgerOf(profile, benefit, cases), benefit, today);
    if (notices.length === 0) return 0;
    const chats = await adminPersonalChats(store, this.deps.conversations, tenantId);
    const messages = chats.flatMap(({ locale, ...chat }) => {
      return notices.map((notice) => ({
        dedupeKey: `${notice.key}:${chat.conversationId}`,
        kind: 'message' as const,
        payload: { reference: chat.reference, activity: this.noticeActivity(locale, notice) },
        lane: `conv:${chat.conversationId}`,
      }));
    });
    await store.outbox.enqueue(tenantId, messages);
    this.deps.kick();
    return messages.length;
  }

  private noticeActivity(locale: Locale, notice: AdminNotice) {
    const data: NoticeCardData =
      notice.kind === 'lowIncidents'
        ? {
            title: t(locale, 'notice.lowIncidents.title'),
            style: 'attention',
            lines: [t(locale, 'notice.lowIncidents.text', { left: notice.left, allowance: notice.allowance, type: t(locale, `ledger.type.${notice.supportType}`) })],
            facts: [],
            buttons: [],
          }
        : {
            title: t(locale, 'notice.contractEnds.title'),
            style: 'attention',
            lines: [t(locale, 'notice.contractEnds.text', { date: notice.end, days: notice.days })],
            facts: [],
            buttons: [],
          };
    return { type: ActivityTypes.Message, attachments: [this.deps.cards.render('notice', data)], summary: data.lines[0] };
  }
}
