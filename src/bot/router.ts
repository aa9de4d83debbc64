import { Intent } from '../domain/types';
import { AssistantTurn, TurnHandler } from './turn';

/**
 * One router for every turn, in the teams-ai / Agents SDK shape: card verbs first, then typed commands,
 * then the active dialog, then follow-ups of the conversation, then the recognized intent, then the fallback.
 */
export interface DialogRunner {
  /** Continues the active dialog if there is one; false when none is active or it let the turn go. */
  continueActive(turn: AssistantTurn): Promise<boolean>;
}

export class Router {
  private readonly verbs = new Map<string, TurnHandler>();
  private readonly intents = new Map<Intent, TurnHandler>();
  private readonly commands: Array<(turn: AssistantTurn) => TurnHandler | undefined | Promise<TurnHandler | undefined>> = [];
  private fallback: TurnHandler | undefined;
  private dialogs: DialogRunner | undefined;
  private readonly contextual: Array<(turn: AssistantTurn) => Promise<boolean>> = [];
  private readonly afterwards: Array<(turn: AssistantTurn) => Promise<void>> = [];
  private readonly leading: Array<(turn: AssistantTurn) => Promise<void>> = [];

  verb(verb: string, handler: TurnHandler): this {
    if (this.verbs.has(verb)) throw new Error(`Card verb "${verb}" is registered twice`);
    this.verbs.set(verb, handler);
    return this;
  }

  intent(intent: Intent, handler: TurnHandler): this {
    if (this.intents.has(intent)) throw new Error(`Intent "${intent}" is registered twice`);
    this.intents.set(intent, handler);
    return this;
  }

  /**
   * A typed command (exact syntax, e.g. admin commands), tried before the active dialog and the intents:
   * `parse` reads the message once and the handler gets what it read.
   */
  command<C>(parse: (turn: AssistantTurn) => C | undefined, handler: (turn: AssistantTurn, command: C) => Promise<void>): this {
    this.commands.push((turn) => {
      const command = parse(turn);
      return command === undefined ? undefined : (t) => handler(t, command);
    });
    return this;
  }

  /** Like `command`, for a reading that needs the conversation's state ("close it" after "show me ticket 1"). */
  commandInContext<C>(parse: (turn: AssistantTurn) => Promise<C | undefined>, handler: (turn: AssistantTurn, command: C) => Promise<void>): this {
    this.commands.push(async (turn) => {
      const command = await parse(turn);
      return command === undefined ? undefined : (t) => handler(t, command);
    });
    return this;
  }

  dialogRunner(runner: DialogRunner): this {
    this.dialogs = runner;
    return this;
  }

  /**
   * A handler tried after the active dialog and before the intents, for turns whose meaning depends on the
   * conversation ("and Silver?"): true when it handled the turn.
   */
  inContext(handler: (turn: AssistantTurn) => Promise<boolean>): this {
    this.contextual.push(handler);
    return this;
  }

  /**
   * Runs just before the intent's handler, for a note that must lead the answer ("covers recent products only:
   * check aka.ms/n-1" before the incidents question about SharePoint Server 2010).
   */
  beforeIntent(handler: (turn: AssistantTurn) => Promise<void>): this {
    this.leading.push(handler);
    return this;
  }

  /** Runs after a typed message was answered, whatever answered it (a note that adds to the answer). */
  afterMessage(handler: (turn: AssistantTurn) => Promise<void>): this {
    this.afterwards.push(handler);
    return this;
  }

  otherwise(handler: TurnHandler): this {
    this.fallback = handler;
    return this;
  }

  hasVerb(verb: string): boolean {
    return this.verbs.has(verb);
  }

  async route(turn: AssistantTurn): Promise<void> {
    await this.dispatch(turn);
    if (!turn.submit && turn.text) for (const after of this.afterwards) await after(turn);
  }

  private async dispatch(turn: AssistantTurn): Promise<void> {
    if (turn.submit) {
      const handler = this.verbs.get(turn.submit.verb);
      if (handler) return handler(turn);
    }
    if (!turn.submit) {
      for (const parse of this.commands) {
        const parsed = parse(turn);
        const handler = parsed instanceof Promise ? await parsed : parsed;
        if (handler) return handler(turn);
      }
    }
    if (this.dialogs && (await this.dialogs.continueActive(turn))) return;
    for (const handler of this.contextual) if (await handler(turn)) return;
    const intent = turn.recognition?.intent ?? 'none';
    const handler = this.intents.get(intent) ?? this.fallback;
    if (!handler) throw new Error(`No handler for intent "${intent}" and no fallback`);
    if (!turn.submit && turn.text) for (const lead of this.leading) await lead(turn);
    return handler(turn);
  }
}
