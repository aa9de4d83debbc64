import { Activity, ActivityTypes } from 'botbuilder';
import { AnswerModel, cellsSentence, composeEntitlementTable, entitlementSentence, highlightOf, highlightsOf } from '../answers';
import { TierCells } from '../domain/entitlements';
import { TIER_NAMES } from '../domain/catalog';
import {
  answerCacheKey,
  answerCard,
  CardRenderer,
  choiceCard,
  entitlementTableCard,
  helpCard,
  welcomeCard,
} from '../cards';
import { Locale } from '../domain/types';
import { answerChannelData } from './answerTag';
import { t } from '../i18n/strings';
import { BenefitRecord, RoleGrant } from '../domain/records';
import {
  activationCardData,
  announcementNotice,
  askedNotice,
  idsCardData,
  idsEditCardData,
  recordedByOtherNotice,
  recordedNotice,
  rosterNotice,
} from '../cards/activationCards';
import { ActivationPresenter, ActivationView, AnswerBasis, AnsweredEntitlement, ChoiceSpec, IdsView, Presenter } from './presenter';

function message(attachment: { contentType: string; content: unknown }, summary: string): Partial<Activity> {
  // The card carries the text; `summary` is what Teams shows in notifications and the activity feed.
  return { type: ActivityTypes.Message, attachments: [attachment], summary };
}

/** An answer to a question: with Teams' feedback buttons, and its topic and language for the feedback. */
function answerMessage(attachment: { contentType: string; content: unknown }, summary: string, topic: string, locale: Locale): Partial<Activity> {
  return { ...message(attachment, summary), channelData: answerChannelData({ topic, locale }) };
}

/** Adaptive Card presentation of every answer. Deterministic cards are expanded once and cached. */
export class CardPresenter implements Presenter, ActivationPresenter {
  constructor(protected readonly cards: CardRenderer = new CardRenderer()) {}

  answer(locale: Locale, model: AnswerModel): Partial<Activity> {
    // Buttons carrying the user's question (helpdesk, troubleshooter) make the card per message: no cache.
    const key = model.actions?.length ? undefined : answerCacheKey(locale, model.topic, {}) + '|' + model.title + '|' + model.summary;
    return answerMessage(this.cards.render('answer', answerCard(model, locale), key), model.summary, model.topic, locale);
  }

  incidents(locale: Locale, result: AnsweredEntitlement, basis?: AnswerBasis, lead?: string): Partial<Activity> {
    const { tier, supportType } = result.query;
    const key = [locale, 'table', tier, supportType, result.competencyKind ?? '', result.query.competency ?? '', basis?.kind ?? '', lead ?? ''].join('|');
    const answer = withBasis(locale, entitlementSentence(locale, result), basis);
    const summary = lead ? `${lead} ${answer}` : answer;
    const card = this.cards.renderLazy(
      'entitlementTable',
      () => entitlementTableCard({ ...composeEntitlementTable(locale, highlightOf(result)), summary }, locale),
      key,
    );
    return answerMessage(card, summary, 'incidents', locale);
  }

  cells(locale: Locale, tiers: TierCells[], basis?: AnswerBasis, lead?: string): Partial<Activity> {
    const answer = withBasis(locale, cellsSentence(locale, tiers), basis);
    const summary = lead ? `${lead} ${answer}` : answer;
    const card = this.cards.render('entitlementTable', entitlementTableCard({ ...composeEntitlementTable(locale, highlightsOf(tiers)), summary }, locale));
    return answerMessage(card, summary, 'incidents', locale);
  }

  text(_locale: Locale, text: string): Partial<Activity> {
    return { type: ActivityTypes.Message, text };
  }

  choice(_locale: Locale, spec: ChoiceSpec): Partial<Activity> {
    return message(this.cards.render('choice', choiceCard(spec)), spec.prompt);
  }

  help(locale: Locale, lead?: string): Partial<Activity> {
    const data = helpCard(locale, lead);
    return message(this.cards.render('help', data, `${locale}|help|${lead ?? ''}`), lead ?? data.title);
  }

  welcome(locale: Locale): Partial<Activity> {
    const data = welcomeCard(locale);
    return message(this.cards.render('welcome', data, `${locale}|welcome`), data.greeting);
  }

  activation(locale: Locale, view: ActivationView): Partial<Activity> {
    const data = activationCardData(locale, view);
    // The article's activation answer: tagged like every article answer, so the organization's own answer about
    // activating ("Your helpdesk adds: …") can follow it in the same message.
    return { ...message(this.cards.render('activation', data), data.summary), channelData: answerChannelData({ topic: 'activation', locale }) };
  }

  activationRecorded(locale: Locale, record: BenefitRecord, applied: boolean): Partial<Activity> {
    const data = recordedNotice(locale, record, applied);
    return message(this.cards.render('notice', data), data.title);
  }

  activationRecordedByOther(locale: Locale, byName: string): Partial<Activity> {
    const data = recordedByOtherNotice(locale, byName);
    return message(this.cards.render('notice', data), data.title);
  }

  announcement(locale: Locale, byName: string): Partial<Activity> {
    const data = announcementNotice(locale, byName);
    return message(this.cards.render('notice', data), data.title);
  }

  activationAsked(locale: Locale, byName: string): Partial<Activity> {
    const data = askedNotice(locale, byName);
    return message(this.cards.render('notice', data), data.lines[0] ?? data.title);
  }

  ids(locale: Locale, view: IdsView, refreshUserIds?: string[]): Partial<Activity> {
    return message({ contentType: ADAPTIVE_CARD, content: this.idsCard(locale, view, refreshUserIds) }, t(locale, 'ids.title'));
  }

  private idsCard(locale: Locale, view: IdsView, refreshUserIds?: string[]): object {
    const content = this.cards.render('ids', idsCardData(locale, view)).content as Record<string, unknown>;
    if (refreshUserIds && refreshUserIds.length > 0) {
      // Universal Actions: Teams asks the bot for each listed user's own view (at most 60 users).
      content.refresh = {
        action: { type: 'Action.Execute', verb: 'ids.refresh', data: { locale } },
        userIds: refreshUserIds.slice(0, 60),
      };
    }
    return content;
  }

  idsEditForm(locale: Locale, record: BenefitRecord): Partial<Activity> {
    return message(this.cards.render('idsEdit', idsEditCardData(locale, record)), t(locale, 'ids.edit.title'));
  }

  roster(locale: Locale, grants: RoleGrant[]): Partial<Activity> {
    const data = rosterNotice(locale, grants);
    return message(this.cards.render('notice', data), data.title);
  }
}

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The figures first, then where the tier came from ("… 20 incidents … Your partner profile says Gold."). */
function withBasis(locale: Locale, sentence: string, basis?: AnswerBasis): string {
  if (!basis) return sentence;
  const tier = TIER_NAMES[basis.tier];
  return `${sentence} ${t(locale, basis.kind === 'profile' ? 'profile.used' : 'context.said', { tier })}`;
}
