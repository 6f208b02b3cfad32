import type { SecretListener } from '@hr/core/internal';

/** Recent rotating secrets replayed to a listener that subscribes late (a client created after a fetch). */
const REPLAYED = 16;

/**
 * Hands every secret it is given to every subscribed listener (each client's redactor), including
 * the most recent ones to a listener that subscribes later.
 */
export class SecretRelay {
  readonly #listeners: SecretListener[] = [];
  readonly #recent = new Set<string>();

  /** Registers a rotating secret (a ticket or a token) with every listener. */
  emit(secret: string): void {
    this.#recent.delete(secret);
    this.#recent.add(secret);
    if (this.#recent.size > REPLAYED) this.#recent.delete(this.#recent.values().next().value as string);
    for (const listener of this.#listeners) listener(secret, {});
  }

  /** Adds a listener, which receives the recent secrets at once. */
  subscribe(listener: SecretListener): void {
    this.#listeners.push(listener);
    for (const secret of this.#recent) listener(secret, {});
  }
}
