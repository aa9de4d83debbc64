/**
 * The parts of botbuilder-dialogs we use, taken from the files that define them. The package's index also
 * loads every prompt with Microsoft's text recognizers (numbers, dates, choices in a dozen cultures) and
 * adaptive-expressions: about 450 ms of CPU at start-up for code this bot never runs (it has no built-in
 * prompt but OAuthPrompt). The classes are the same objects the index re-exports.
 */
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export type { DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
export { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
export type { DialogState } from 'botbuilder-dialogs/lib/dialogContext';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { WaterfallStepContext } from 'botbuilder-dialogs/lib/waterfallStepContext';
export { OAuthPrompt } from 'botbuilder-dialogs/lib/prompts/oauthPrompt';
