import type { learning as en } from '../en/learning';

/** Ce que le support apprend : avis sur les réponses, registre des incidents, réponses suggérées, avis aux admins. */
export const learning: Record<keyof typeof en, string> = {
  'feedback.dislike.title': 'Désolé, cette réponse ne vous a pas aidé',
  'feedback.dislike.text': 'Merci de me l’avoir dit. Le support de votre organisation peut prendre le relais : il voit votre question et vous répond dans cette conversation.',
  'helpdesk.event.caseOpened': '{time} : dossier Microsoft {target} ouvert ({text}), enregistré par {name}',
  'ledger.card.caseOpened': 'Dossier Microsoft ouvert',
  'ledger.card.supportType': 'Type de support',
  'ledger.card.caseNumber': 'Numéro du dossier Microsoft',
  'ledger.card.openedOn': 'Ouvert le (vide : aujourd’hui)',
  'ledger.card.record': 'Enregistrer le dossier',
  'ledger.choice.onPremises': 'Sur site (Microsoft Product Support)',
  'ledger.choice.cloud': 'Cloud (Signature Cloud Support)',
  'ledger.type.onPremises': 'sur site',
  'ledger.type.cloud': 'cloud',
  'ledger.used': 'D’après nos enregistrements, {used} incidents {type} utilisés sur {allowance} (Support for Business affiche le décompte de Microsoft).',
  'ledger.usedUnlimited': 'D’après nos enregistrements, {used} incidents {type} utilisés ; avec une compétence cloud, votre support cloud est illimité (Support for Business affiche le décompte de Microsoft).',
  'ledger.usedNone': 'D’après nos enregistrements, {used} incidents {type} utilisés, alors que votre adhésion enregistrée n’inclut pas de support {type}.',
  'ledger.usedUnknown': 'D’après nos enregistrements, {used} incidents {type} utilisés ; votre profil enregistré ne dit pas combien vous en avez (Support for Business affiche le décompte de Microsoft).',
  'ledger.period': 'Décompte sur la période du contrat enregistrée : du {start} au {end}.',
  'ledger.periodUnknown': 'La période du contrat n’est pas enregistrée : tous les dossiers enregistrés sont comptés.',
  'ledger.case.invalid': 'Pour enregistrer un dossier Microsoft, il me faut son type de support, son numéro (chiffres uniquement) et sa date d’ouverture (AAAA-MM-JJ, ou vide pour aujourd’hui).',
  'ledger.case.recorded': 'Enregistré : dossier Microsoft {caseNumber} ({type}) ouvert le {date}.',
  'ledger.case.already': 'Le dossier Microsoft {caseNumber} est déjà enregistré (ouvert le {date}).',
  'ledger.case.refused': 'Seuls le support, un administrateur général ou un administrateur partenaire MPN de cette organisation peuvent enregistrer des dossiers Microsoft.',
  'ledger.case.adminOnly': 'Seul un administrateur général ou un administrateur partenaire MPN de cette organisation peut enregistrer un dossier Microsoft depuis la conversation ; le support les enregistre sur la carte du ticket.',
};
