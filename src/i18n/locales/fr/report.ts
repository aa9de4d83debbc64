import type { report as en } from '../en/report';

/** Le rapport du support interne (`rapport`, `rapport csv`). */
export const report: Record<keyof typeof en, string> = {
  'report.title': 'Rapport du support interne',
  'report.generated': 'Établi le {time}',
  'report.column.item': 'Quoi',
  'report.column.week': '7 derniers jours',
  'report.column.month': '30 derniers jours',
  'report.section.unanswered': 'Questions auxquelles je n’ai pas su répondre',
  'report.section.dislikes': 'Réponses jugées inutiles, par sujet',
  'report.section.ticketsByStatus': 'Tickets créés, par statut actuel',
  'report.section.ticketsByTopic': 'Tickets créés, par sujet',
  'report.section.times': 'Délai médian, tickets créés sur la période',
  'report.row.total': 'Total',
  'report.row.question': '« {text} »',
  'report.row.firstReply': 'Jusqu’à la première réponse du support',
  'report.row.resolution': 'Jusqu’à la résolution',
  'report.topic.none': 'Aucun sujet reconnu',
  'report.none': '—',
  'report.duration.underMinute': 'moins d’1 min',
  'report.duration.minutes': '{m} min',
  'report.duration.hours': '{h} h {m} min',
  'report.duration.days': '{d} j {h} h',
  'report.note': 'Seuls le support interne et les administrateurs de cette organisation voient les questions. Écrivez « rapport csv » pour obtenir les chiffres en fichier CSV.',
  'report.refused': 'Seuls le support interne, un Global admin ou un MPN partner admin de cette organisation peuvent voir le rapport du support.',
  'report.personalOnly': 'Le rapport cite les questions des personnes : je ne l’affiche que dans notre conversation privée ou dans le canal du support. Écrivez-moi « rapport » en conversation privée.',
  'report.csv.link': '[Télécharger le rapport du support (CSV)]({url}). Le lien est valable {minutes} minutes, pour ce rapport seulement.',
};
