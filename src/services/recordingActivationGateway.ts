import { validateActivationDetails } from '../domain/activationDetails';
import {
  ActivationGatewayError,
  type ActivationCommand,
  type ActivationDetails,
  type ActivationGateway,
} from '../domain/activationGateway';

/**
 * The default gateway when no webhook is configured: the admin activated in Partner Center themselves,
 * so the bot records what they entered, normalized by the same rules as a webhook's answer.
 */
export class RecordingActivationGateway implements ActivationGateway {
  async activate(command: ActivationCommand): Promise<ActivationDetails> {
    if (!command.entered) throw new ActivationGatewayError('no activation details were entered', 'rejected');
    const result = validateActivationDetails(command.entered);
    if (!result.ok) {
      throw new ActivationGatewayError(`entered activation details are invalid: ${result.errors.join(', ')}`, 'rejected');
    }
    return result.value;
  }
}
