import type { learning as en } from '../en/learning';

/** Ce que le support apprend : avis sur les réponses, registre des incidents, réponses suggérées, avis aux admins. */
export const learning: Record<keyof typeof en, string> = {
  'feedback.dislike.title': 'Désolé, cette réponse ne vous a pas aidé',
  'feedback.dislike.text': 'Merci de me l’avoir dit. Le support de votre organisation peut prendre le relais : il voit votre question et vous répond dans cette conversation.',
};
