import type { Activity, Mention } from '../bot/protocol';
import { conversationMember } from '../bot/memberDirectory';
import type { ActivationPresenter, Presenter } from '../bot/presenter';
import { AssistantTurn } from '../bot/turn';
import { AdminCommand, parseAdminCommand } from '../domain/adminCommands';
import { BenefitsService } from '../domain/benefitsService';
import { COMPETENCY_NAMES, TIER_NAMES } from '../domain/catalog';
import { PartnerProfile } from '../domain/records';
import { ROLE_LABELS } from '../domain/roles';
import { Translate } from '../i18n/strings';
import { Logger } from '../logger';
import { Callers } from '../bot/callers';
import { isOutsider, isSameOrganization } from '../domain/policy';
import { refusalText } from './refusal';
import type { ConversationReads } from '../bot/confirmedConversations';

export interface AdminCommandDeps {
  service: BenefitsService;
  presenter: Presenter & ActivationPresenter;
  logger: Logger;
  callers: Callers;
  /** For the name Teams gave a user in their personal chat (only a chat Teams confirms is theirs). */
  conversations: ConversationReads;
}

/** The name Teams gave this user in their personal chat with the bot, if there is one. */
async function displayName(conversations: ConversationReads, tenantId: string, aadObjectId: string): Promise<string | undefined> {
  for (const ref of await conversations.listPersonal(tenantId, [aadObjectId])) {
    const name = (ref.reference as { user?: { name?: unknown } }).user?.name;
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return undefined;
}

/** The text of the message with the bot's own mention removed but other mentions kept. */
function commandText(activity: Partial<Activity>): string {
  const botId = activity.recipient?.id;
  let text = activity.text ?? '';
  for (const e of activity.entities ?? []) {
    const m = e as unknown as Mention;
    if (e.type === 'mention' && m.mentioned?.id === botId && m.text) text = text.replace(m.text, ' ');
  }
  return text.trim();
}

/** The admin command in this message, if it is one. */
export function adminCommandOf(turn: AssistantTurn): AdminCommand | undefined {
  return parseAdminCommand(commandText(turn.context.activity));
}

/** The first person mentioned other than the bot, resolved to an Entra object id through Teams. */
async function mentionedUser(turn: AssistantTurn, logger: Logger): Promise<{ aadObjectId: string; name?: string } | undefined> {
  const botId = turn.context.activity.recipient?.id;
  const mention = (turn.context.activity.entities ?? [])
    .map((e) => e as unknown as Mention)
    .find((m) => m.type === 'mention' && m.mentioned?.id && m.mentioned.id !== botId);
  if (!mention) return undefined;
  const mentioned = mention.mentioned as { id: string; name?: string; aadObjectId?: string };
  if (mentioned.aadObjectId) return { aadObjectId: mentioned.aadObjectId.toLowerCase(), name: mentioned.name };
  try {
    const member = await conversationMember(turn.context, mentioned.id);
    return member.aadObjectId ? { aadObjectId: member.aadObjectId.toLowerCase(), name: member.name } : undefined;
  } catch (err) {
    logger.warn('could not resolve a mentioned user', { err: (err as Error).message });
    return undefined;
  }
}

function profileText(t: Translate, profile: Pick<PartnerProfile, 'tier' | 'competencies'>): { tier: string; competencies: string } {
  // "other" is a competency that is not a cloud one: said in the reader's language, never shown as a code.
  const names = profile.competencies.map((c) => (c in COMPETENCY_NAMES ? COMPETENCY_NAMES[c as keyof typeof COMPETENCY_NAMES] : c === 'other' ? t('context.otherCompetency') : c));
  return {
    tier: profile.tier ? TIER_NAMES[profile.tier] : t('profile.unknownTier'),
    competencies: names.length ? ` (${names.join(', ')})` : '',
  };
}

/** Roles, the announcement conversation, the partner profile and "mark expired", typed by admins. */
export function adminCommandHandler(deps: AdminCommandDeps): (turn: AssistantTurn, command: AdminCommand) => Promise<void> {
  return async (turn, command) => {
    const privileged = command.kind !== 'listRoles' && command.kind !== 'showProfile' && command.kind !== 'profileUsage';
    const caller = await deps.callers.resolve(turn, { privileged });
    if (!caller) return;
    const t = turn.t;
    const refusedText = () => refusalText(turn, caller);
    switch (command.kind) {
      case 'listRoles': {
        const grants = await deps.service.roster(caller);
        if ('kind' in grants) return void (await turn.context.sendActivity(refusedText()));
        await turn.context.sendActivity(deps.presenter.roster(turn.locale, grants));
        return;
      }
      case 'grant':
      case 'revoke': {
        const named = command.target.aadObjectId
          ? { aadObjectId: command.target.aadObjectId, name: undefined as string | undefined }
          : await mentionedUser(turn, deps.logger);
        if (!named) return void (await turn.context.sendActivity(t('roles.badTarget')));
        const target = { ...named, name: named.name ?? (await displayName(deps.conversations, caller.tenantId, named.aadObjectId)) };
        const name = target.name ?? target.aadObjectId;
        const role = ROLE_LABELS[command.role];
        const outcome =
          command.kind === 'grant'
            ? await deps.service.grant(caller, command.role, target)
            : await deps.service.revoke(caller, command.role, target.aadObjectId);
        if (outcome.kind === 'refused') {
          // Who can do it instead, by name (as every refusal of an admin's action does).
          const admins = isOutsider(caller) ? [] : await deps.service.activationAdminNames(caller.tenantId);
          const who = admins.length ? ` ${t('own.whoHasIt', { names: admins.join(', ') })}` : '';
          return void (await turn.context.sendActivity(`${t('roles.refused')}${who}`));
        }
        if (outcome.kind === 'configured') return void (await turn.context.sendActivity(t('roles.configured', { name })));
        const key =
          command.kind === 'grant'
            ? outcome.changed ? 'roles.granted' : 'roles.alreadyHad'
            : outcome.changed ? 'roles.revoked' : 'roles.didNotHave';
        await turn.context.sendActivity(t(key, { name, role }));
        return;
      }
      case 'announceHere': {
        const outcome = await deps.service.setAnnouncementTarget(caller);
        await turn.context.sendActivity(outcome.kind === 'refused' ? refusedText() : t('announce.set'));
        return;
      }
      case 'profileUsage':
        await turn.context.sendActivity(t('profile.usage'));
        return;
      case 'showProfile': {
        // The organization's profile is for its own users only: guests and other tenants get nothing of it.
        if (!isSameOrganization(caller)) return void (await turn.context.sendActivity(t('ids.outsider')));
        const profile = await deps.service.profile(caller.tenantId);
        await turn.context.sendActivity(profile ? t('profile.show', profileText(t, profile)) : t('profile.none'));
        return;
      }
      case 'setProfile': {
        const competencies = [...command.competencies, ...(command.other ? ['other'] : [])];
        const outcome = await deps.service.saveProfile(caller, { tier: command.tier, competencies });
        if (outcome.kind === 'refused') return void (await turn.context.sendActivity(refusedText()));
        await turn.context.sendActivity(t('profile.saved', profileText(t, outcome.profile)));
        return;
      }
      case 'markExpired': {
        const outcome = await deps.service.markExpired(caller);
        if (outcome.kind === 'refused') return void (await turn.context.sendActivity(refusedText()));
        await turn.context.sendActivity(t(outcome.applied ? 'ids.expired' : 'ids.notActiveToExpire'));
        return;
      }
    }
  };
}
