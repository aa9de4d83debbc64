/** What the helpdesk learns: feedback on answers, the incident ledger, suggested answers, notices to admins. */
export const learning = {
  'feedback.dislike.title': 'Sorry this answer did not help',
  'feedback.dislike.text': 'Thank you for telling me. Your organization’s helpdesk can take it from here: they see your question and answer you in this chat.',
};
