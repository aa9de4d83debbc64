import { Activity, ActivityTypes } from 'botbuilder';
import { AnswerModel, composeEntitlementTable, entitlementSentence } from '../answers';
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
import { AnsweredEntitlement, ChoiceSpec, Presenter } from './presenter';

function message(attachment: { contentType: string; content: unknown }, summary: string): Partial<Activity> {
  // The card carries the text; `summary` is what Teams shows in notifications and the activity feed.
  return { type: ActivityTypes.Message, attachments: [attachment], summary };
}

/** Adaptive Card presentation of every answer. Deterministic cards are expanded once and cached. */
export class CardPresenter implements Presenter {
  constructor(protected readonly cards: CardRenderer = new CardRenderer()) {}

  answer(locale: Locale, model: AnswerModel): Partial<Activity> {
    const key = answerCacheKey(locale, model.topic, {}) + '|' + model.title + '|' + model.summary;
    return message(this.cards.render('answer', answerCard(model, locale), key), model.summary);
  }

  incidents(locale: Locale, result: AnsweredEntitlement): Partial<Activity> {
    const { tier, supportType } = result.query;
    const highlight = { tier, supportType, competencyKind: result.competencyKind };
    const key = [locale, 'table', tier, supportType, result.competencyKind ?? '', result.query.competency ?? ''].join('|');
    // The summary names the asked competency, when there was one, with the reason.
    const model = { ...composeEntitlementTable(locale, highlight), summary: entitlementSentence(locale, result) };
    return message(this.cards.render('entitlementTable', entitlementTableCard(model, locale), key), model.summary);
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
}
