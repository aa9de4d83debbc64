/** What an admin (or the organization's automation) reports after activating in Partner Center. */
export interface ActivationDetails {
  accessId: string;
  contractId: string;
  /** ISO dates (YYYY-MM-DD), optional. */
  contractStart?: string;
  contractEnd?: string;
  incidentsRemaining?: number;
}

export interface ActivationCommand {
  tenantId: string;
  requestedBy: { aadObjectId?: string; userId: string; name?: string };
  /** Same key for a retried or double-clicked submit: the gateway must not act twice. */
  idempotencyKey: string;
  /** What the admin entered in chat; a webhook gateway may ignore it and return its own. */
  entered?: ActivationDetails;
}

export class ActivationGatewayError extends Error {
  constructor(
    message: string,
    /** Safe to show to the admin (no secrets, no IDs). */
    readonly userMessage: 'timeout' | 'rejected' | 'unreachable' | 'invalidResponse',
  ) {
    super(message);
    this.name = 'ActivationGatewayError';
  }
}

/**
 * Keeps the bot honest about what happened in Partner Center. The default records what the admin
 * entered; a webhook gateway triggers the organization's own automation and returns the IDs it got.
 */
export interface ActivationGateway {
  activate(command: ActivationCommand): Promise<ActivationDetails>;
}
