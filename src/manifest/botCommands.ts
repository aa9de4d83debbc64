import { Locale } from '../domain/types';

/**
 * The commands Teams offers in its command menu, per scope, in manifest order. Picking one sends its title as
 * the message text, so the bot must understand every title below in its language (test/manifest.commands).
 * Each scope offers what makes sense there: the personal chat everything a person does with the bot (their
 * tickets, the helpdesk's queue and report), a team channel what a team does (the helpdesk queue channel, the
 * queue, the report), a group chat the questions and the activation.
 */
export const BOT_COMMANDS = ['help', 'ids', 'entitlements', 'activate', 'myTickets', 'tickets', 'report', 'roles', 'helpdeskHere'] as const;
export type BotCommand = (typeof BOT_COMMANDS)[number];

/** Every bot scope gets its own command list (Teams shows one list per scope). */
export const BOT_SCOPES = ['personal', 'team', 'groupChat'] as const;
export type BotScope = (typeof BOT_SCOPES)[number];

export const BOT_COMMANDS_BY_SCOPE: Readonly<Record<BotScope, readonly BotCommand[]>> = {
  personal: ['help', 'ids', 'entitlements', 'myTickets', 'activate', 'tickets', 'report', 'roles'],
  team: ['help', 'ids', 'entitlements', 'helpdeskHere', 'tickets', 'report', 'roles'],
  groupChat: ['help', 'ids', 'entitlements', 'activate', 'roles'],
};

export const BOT_COMMAND_TITLES: Record<Locale, Record<BotCommand, string>> = {
  en: { help: 'help', activate: 'activate', ids: 'our IDs', entitlements: 'entitlements', myTickets: 'my tickets', tickets: 'tickets', report: 'report', roles: 'roles', helpdeskHere: 'helpdesk here' },
  ru: { help: 'помощь', activate: 'активировать', ids: 'наши ID', entitlements: 'лимиты обращений', myTickets: 'мои заявки', tickets: 'заявки', report: 'отчёт', roles: 'роли', helpdeskHere: 'хелпдеск здесь' },
  fr: { help: 'aide', activate: 'activer', ids: 'nos identifiants', entitlements: 'droits au support', myTickets: 'mes tickets', tickets: 'tickets', report: 'rapport', roles: 'rôles', helpdeskHere: 'support ici' },
};

/** Manifest language tags of the package, by bot locale. */
export const MANIFEST_LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-us', ru: 'ru-ru', fr: 'fr-fr' };
