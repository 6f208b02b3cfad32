import type { TokenStore } from '@hr/core';
import { AppTicketUnavailableError } from './store-app-errors.js';

/**
 * How long a received ticket is kept. Feishu documents no lifetime for the app_ticket, only an hourly
 * push; the official Lark SDKs keep it 12 hours, and a stale one is replaced through "resend" anyway.
 */
const TICKET_LIFETIME_MS = 12 * 60 * 60 * 1000;
const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 500;

/** Options of {@link AppTicketBox}. */
export interface AppTicketBoxOptions {
  /** The store key of the ticket (never a secret). */
  key: string;
  /** Where the ticket lives: the token store, so every process sharing it sees the ticket. */
  store: TokenStore;
  /** Called with every ticket seen, to register it for redaction. */
  onTicket: (ticket: string) => void;
}

/**
 * The latest `app_ticket` of a store app, kept in the token store: the process whose event endpoint
 * receives the push stores it, and every process sharing the store reads it. A caller that needs a
 * new ticket waits for one to be stored (woken at once in this process, polled across processes).
 */
export class AppTicketBox {
  readonly #options: AppTicketBoxOptions;
  readonly #arrivals = new Set<() => void>();

  constructor(options: AppTicketBoxOptions) {
    this.#options = options;
  }

  /** Stores a ticket Feishu pushed; it replaces the previous one. */
  async receive(ticket: string): Promise<void> {
    this.#options.onTicket(ticket);
    await this.#options.store.set(this.#options.key, { value: ticket, expiresAt: Date.now() + TICKET_LIFETIME_MS });
    for (const wake of [...this.#arrivals]) wake();
  }

  /** The stored ticket, if any. */
  async current(): Promise<string | undefined> {
    const stored = await this.#options.store.get(this.#options.key);
    if (!stored || stored.expiresAt <= Date.now()) return undefined;
    this.#options.onTicket(stored.value);
    return stored.value;
  }

  /** Forgets `ticket` after Feishu refused it (unless a newer one replaced it meanwhile). */
  async discard(ticket: string): Promise<void> {
    await this.#options.store.delete(this.#options.key, ticket);
  }

  /**
   * Resolves with the first stored ticket other than `previous`; rejects with
   * `AppTicketUnavailableError` after `timeoutMs`.
   */
  async waitForNew(previous: string | undefined, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (let pollMs = FIRST_POLL_MS; ; pollMs = Math.min(pollMs * 2, MAX_POLL_MS)) {
      const ticket = await this.current();
      if (ticket !== undefined && ticket !== previous) return ticket;
      const left = deadline - Date.now();
      if (left <= 0) throw new AppTicketUnavailableError(timeoutMs);
      await this.#arrivalOr(Math.min(pollMs, left));
    }
  }

  /** Resolves when a ticket is received in this process, or after `ms` (another process may store it). */
  #arrivalOr(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#arrivals.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#arrivals.add(wake);
    });
  }
}
