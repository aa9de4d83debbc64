import type { reminders as en } from '../en/reminders';

/** Таймеры хелпдеска: напоминание в канале, напоминание автору заявки, закрытие. */
export const reminders: Record<keyof typeof en, string> = {
  'reminder.unassigned': 'Напоминание: у заявки №{number} уже {hours} рабочих часа(ов) нет исполнителя. Нажмите «Взять себе» на её карточке.',
  'reminder.requester': 'Заявка №{number}: служба поддержки всё ещё ждёт вашего ответа. Напишите его здесь; без ответа заявка будет закрыта через {days} дн.',
  'reminder.closed': 'Заявка №{number} закрыта: служба поддержки не получила от вас ответа за {days} дн. Если помощь ещё нужна, спросите снова.',
  'helpdesk.event.closedNoAnswer': '{time}: закрыта, автор не ответил за {target} дн.',
};
