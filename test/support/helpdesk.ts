/** Outbox timing for helpdesk tests: sends and retries within a fraction of a second. */
export const FAST_OUTBOX = { pollMs: 40, baseDelayMs: 40, maxDelayMs: 400, channelRetryMs: 300 };
