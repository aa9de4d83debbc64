import type { reminders as en } from '../en/reminders';

/** Les minuteries du helpdesk : rappel dans le canal, rappel au demandeur, fermeture. */
export const reminders: Record<keyof typeof en, string> = {
  'reminder.unassigned': 'Rappel : personne n’est attribué au ticket n° {number} depuis {hours} heures ouvrées. Utilisez « Me l’attribuer » sur sa carte.',
  'reminder.requester': 'Ticket n° {number} : le helpdesk attend toujours votre réponse. Écrivez-la ici ; sans réponse, le ticket sera fermé dans {days} jour(s).',
  'reminder.closed': 'Le ticket n° {number} est fermé : le helpdesk n’a pas reçu de réponse de votre part depuis {days} jours. Si vous avez encore besoin d’aide, demandez à nouveau.',
  'helpdesk.event.closedNoAnswer': '{time} : fermé, pas de réponse du demandeur depuis {target} jours',
};
