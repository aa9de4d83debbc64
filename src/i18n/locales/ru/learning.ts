import type { learning as en } from '../en/learning';

/** Что узнаёт хелпдеск: отзывы об ответах, учёт обращений, предлагаемые ответы, уведомления администраторам. */
export const learning: Record<keyof typeof en, string> = {
  'feedback.dislike.title': 'Жаль, что ответ не помог',
  'feedback.dislike.text': 'Спасибо, что сообщили. Дальше может помочь хелпдеск вашей организации: он увидит ваш вопрос и ответит вам в этом чате.',
};
