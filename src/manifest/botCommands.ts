import { Locale } from '../domain/types';

/**
 * The commands Teams offers in its command menu, in manifest order. Picking one sends its title as
 * the message text, so the recognizer must understand every title below in its language.
 */
// The helpdesk's `my tickets` and `tickets` are not listed: every scope gets this same list (see BOT_SCOPES),
// `my tickets` belongs to the personal chat only and `tickets` to the helpdesk in its channel (members are
// refused), and both are read by parseHelpdeskCommand, not by the recognizer the menu test checks.
export const BOT_COMMANDS = ['help', 'activate', 'ids', 'entitlements'] as const;
export type BotCommand = (typeof BOT_COMMANDS)[number];

export const BOT_COMMAND_TITLES: Record<Locale, Record<BotCommand, string>> = {
  en: { help: 'help', activate: 'activate', ids: 'our IDs', entitlements: 'entitlements' },
  ru: { help: 'помощь', activate: 'активировать', ids: 'наши ID', entitlements: 'лимиты обращений' },
  fr: { help: 'aide', activate: 'activer', ids: 'nos identifiants', entitlements: 'droits au support' },
};

/** Every bot scope gets its own command list (Teams shows one list per scope). */
export const BOT_SCOPES = ['personal', 'team', 'groupChat'] as const;

/** Manifest language tags of the package, by bot locale. */
export const MANIFEST_LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-us', ru: 'ru-ru', fr: 'fr-fr' };
