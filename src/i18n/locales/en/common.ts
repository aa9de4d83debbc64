/** Conversation chrome: help, welcome, fallback, clarifying questions, errors. */
export const common = {
  'common.placeholder': 'en',
};
