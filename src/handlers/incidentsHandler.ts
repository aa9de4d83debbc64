import { TurnHandler } from '../bot/turn';
import { DialogHost } from '../dialogs/dialogHost';
import { ENTITLEMENT_DIALOG, EntitlementDialogOptions } from '../dialogs/entitlementDialog';
import { parseSlots } from '../dialogs/slotInput';

/**
 * "How many incidents…": answers the exact cell when the question says enough, otherwise starts the
 * clarifying flow. A clicked choice button (verb entitlement.choose) lands here too, with its slots.
 */
export function incidentsHandler(dialogs: DialogHost): TurnHandler {
  return async (turn) => {
    const options: EntitlementDialogOptions = { slots: parseSlots(turn), locale: turn.locale };
    await dialogs.begin(turn, ENTITLEMENT_DIALOG, options);
  };
}
