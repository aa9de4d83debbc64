/** The helpdesk's timers: the unassigned reminder in the channel, the reminder to a requester, the close. */
export const reminders = {
  'reminder.unassigned': 'Reminder: ticket #{number} has had nobody assigned for {hours} business hours. Use “Assign to me” on its card.',
  'reminder.requester': 'Ticket #{number}: the helpdesk is still waiting for your answer. Write it here; without an answer the ticket is closed in {days} day(s).',
  'reminder.closed': 'Ticket #{number} is closed: the helpdesk had no answer from you for {days} days. If you still need help, ask again.',
  'helpdesk.event.closedNoAnswer': '{time}: closed, no answer from the requester for {target} days',
};
