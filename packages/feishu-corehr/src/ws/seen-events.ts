/**
 * Where the long connection remembers the events it has handled, to skip Feishu's redeliveries of
 * them (Feishu may push an event again: de-duplicate on `header.event_id`). The smallest store the
 * client needs: a `Set<string>` fits (one process, unbounded: for tests and short runs); in
 * production give one that shares ids between your processes and forgets them after a while (for
 * example Redis `EXISTS` / `SET key 1 EX 86400`).
 *
 * The client asks `has()` before running the handler and calls `add()` only after the handler
 * succeeded, so an event whose handler failed or timed out is handled again when Feishu redelivers
 * it (at least once, never lost). Events with the same id arriving while one is being handled wait
 * for it and are acknowledged with its outcome.
 */
export interface SeenEventStore {
  /** Whether the event with this id was handled already. */
  has(eventId: string): boolean | Promise<boolean>;
  /** Records that the event with this id was handled. */
  add(eventId: string): unknown;
}
