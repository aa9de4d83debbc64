import { TurnHandler } from '../bot/turn';
import { BenefitsService } from '../domain/benefitsService';
import type { Callers } from '../bot/callers';
import { calculateEntitlement, isCloudCompetency } from '../domain/entitlements';
import type { Presenter } from '../bot/presenter';
import { EntitlementSlots } from '../domain/types';
import { DialogHost } from '../dialogs/dialogHost';
import { ENTITLEMENT_DIALOG, EntitlementDialogOptions } from '../dialogs/entitlementDialog';
import { parseSlots } from '../dialogs/slotInput';

/**
 * "How many incidents…": answers the exact cell when the question says enough, otherwise starts the
 * clarifying flow. What the question leaves out is taken from the tenant's partner profile when an admin
 * recorded one ("You are Gold: 20 incidents"). A clicked choice button (verb entitlement.choose) lands
 * here too, with its slots.
 */
export function incidentsHandler(
  dialogs: DialogHost,
  presenter: Presenter,
  profiles?: { service: BenefitsService; callers: Callers },
): TurnHandler {
  return async (turn) => {
    const asked = parseSlots(turn);
    let slots: EntitlementSlots = asked;
    let fromProfile = turn.submit?.data.fromProfile === true;
    // The profile is the organization's: only for a sender Teams confirms as one of its users (fail closed).
    if (!turn.submit && !asked.tier && turn.tenantId && profiles && (await profiles.callers.isVerifiedMember(turn))) {
      const profile = await profiles.service.profile(turn.tenantId);
      if (profile?.tier) {
        fromProfile = true;
        slots = { ...asked, tier: profile.tier };
        if (!asked.competency && !asked.competencyKind && profile.competencies.length > 0) {
          slots.competencyKind = profile.competencies.some((c) => isCloudCompetency(c)) ? 'cloud' : 'other';
        }
      }
    }
    // A complete question is answered at once: no dialog, no state written.
    if (slots.tier && slots.supportType) {
      const result = calculateEntitlement({ ...slots, tier: slots.tier, supportType: slots.supportType });
      if (result.status === 'answered') {
        await dialogs.cancelAll(turn);
        await turn.context.sendActivity(presenter.incidents(turn.locale, result, fromProfile));
        return;
      }
    }
    const options: EntitlementDialogOptions = { slots, locale: turn.locale, fromProfile };
    await dialogs.begin(turn, ENTITLEMENT_DIALOG, options);
  };
}
