/**
 * The Bot Framework activity protocol as the rest of the app names it: activities, conversation references,
 * attachments, mentions, activity types, and the turn context that carries them. Handlers, services, cards
 * and the store take these names from here, not from the SDK. It imports nothing of ours, so every layer may
 * use it; moving to the Microsoft 365 Agents SDK changes where they come from (docs/agents-sdk.md).
 */
export type { Activity, Attachment, ConversationReference, Mention, TurnContext } from 'botbuilder';
export { ActivityTypes } from 'botbuilder';
