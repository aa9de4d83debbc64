import type { learning as en } from '../en/learning';

/** Что узнаёт хелпдеск: отзывы об ответах, учёт обращений, предлагаемые ответы, уведомления администраторам. */
export const learning: Record<keyof typeof en, string> = {
  'feedback.dislike.title': 'Жаль, что ответ не помог',
  'feedback.dislike.text': 'Спасибо, что сообщили. Дальше может помочь хелпдеск вашей организации: он увидит ваш вопрос и ответит вам в этом чате.',
  'helpdesk.event.caseOpened': '{time}: открыто обращение в Microsoft {target} ({text}), записал(а) {name}',
  'ledger.card.caseOpened': 'Открыто обращение в Microsoft',
  'ledger.card.supportType': 'Вид поддержки',
  'ledger.card.caseNumber': 'Номер обращения в Microsoft',
  'ledger.card.openedOn': 'Дата открытия (пусто — сегодня)',
  'ledger.card.record': 'Записать обращение',
  'ledger.choice.onPremises': 'Локальные продукты (Microsoft Product Support)',
  'ledger.choice.cloud': 'Облако (Signature Cloud Support)',
  'ledger.type.onPremises': 'локальных',
  'ledger.type.cloud': 'облачных',
  'ledger.used': 'По нашим записям использовано {used} из {allowance} {type} инцидентов (точный счёт Microsoft — в Support for Business).',
  'ledger.usedUnlimited': 'По нашим записям использовано {used} {type} инцидентов; с облачной компетенцией облачная поддержка не ограничена (точный счёт Microsoft — в Support for Business).',
  'ledger.usedNone': 'По нашим записям использовано {used} {type} инцидентов, хотя записанный уровень партнёрства не включает {type} поддержку.',
  'ledger.usedUnknown': 'По нашим записям использовано {used} {type} инцидентов; в записанном профиле не сказано, сколько их положено (точный счёт Microsoft — в Support for Business).',
  'ledger.period': 'Считаем за записанный период контракта: с {start} по {end}.',
  'ledger.periodUnknown': 'Период контракта не записан, поэтому учтены все записанные обращения.',
  'ledger.case.invalid': 'Чтобы записать обращение в Microsoft, нужны вид поддержки, номер (только цифры) и дата открытия (ГГГГ-ММ-ДД или пусто — сегодня).',
  'ledger.case.recorded': 'Записано: обращение в Microsoft {caseNumber} ({type}), открыто {date}.',
  'ledger.case.already': 'Обращение в Microsoft {caseNumber} уже записано (открыто {date}).',
  'ledger.case.refused': 'Записывать обращения в Microsoft могут только хелпдеск, глобальный администратор или администратор партнёра MPN этой организации.',
  'ledger.case.adminOnly': 'Записать обращение в Microsoft из чата может только глобальный администратор или администратор партнёра MPN этой организации; хелпдеск записывает их на карточке заявки.',
};
