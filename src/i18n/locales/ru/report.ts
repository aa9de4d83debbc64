import type { report as en } from '../en/report';

/** Отчёт для службы поддержки (`отчёт`, `отчёт csv`). */
export const report: Record<keyof typeof en, string> = {
  'report.title': 'Отчёт службы поддержки',
  'report.generated': 'Составлен {time}',
  'report.column.item': 'Что',
  'report.column.week': 'За 7 дней',
  'report.column.month': 'За 30 дней',
  'report.section.unanswered': 'Вопросы, на которые я не смог ответить',
  'report.section.dislikes': 'Ответы, которые не понравились, по темам',
  'report.section.ticketsByStatus': 'Заявки за период, по текущему статусу',
  'report.section.ticketsByTopic': 'Заявки за период, по темам',
  'report.section.times': 'Медианное время по заявкам за период',
  'report.row.total': 'Всего',
  'report.row.question': '«{text}»',
  'report.row.firstReply': 'До первого ответа службы поддержки',
  'report.row.resolution': 'До решения',
  'report.topic.none': 'Тема не распознана',
  'report.none': '—',
  'report.duration.underMinute': 'меньше 1 мин',
  'report.duration.minutes': '{m} мин',
  'report.duration.hours': '{h} ч {m} мин',
  'report.duration.days': '{d} д {h} ч',
  'report.note': 'Вопросы видят только служба поддержки и администраторы этой организации. Напишите «отчёт csv», чтобы получить цифры файлом CSV.',
  'report.refused': 'Отчёт службы поддержки доступен только службе поддержки, Global admin или MPN partner admin этой организации.',
  'report.personalOnly': 'В отчёте есть вопросы сотрудников, поэтому я показываю его только в личном чате со мной или в канале службы поддержки. Напишите мне «отчёт» в личном чате.',
  'report.csv.link': '[Скачать отчёт службы поддержки (CSV)]({url}). Ссылка действует {minutes} мин и только для этого отчёта.',
};
