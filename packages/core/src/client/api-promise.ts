import type { RawResponseSlot, WithResponse } from '../call/types.js';
import { HRError } from '../errors/hr-error.js';
import type { Redactor } from '../redaction/redactor.js';

/** The last HTTP answer of a call, unparsed: for what the SDK does not model. */
export interface RawResponse {
  /** HTTP status. */
  status: number;
  /** Response headers, lower-cased, secrets redacted. */
  headers: Record<string, string>;
  /** The body bytes, exactly as received. */
  body: Buffer;
  /** The body decoded as UTF-8. */
  text(): string;
}

/**
 * A Promise of a call's data, with `withResponse()` for its status, headers and request id, and
 * `asResponse()` for the raw answer. The call starts at once; every form shares it.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #raw: Promise<WithResponse<T>>;
  readonly #slot: RawResponseSlot | undefined;
  readonly #redactor: Redactor | undefined;
  #data: Promise<T> | undefined;

  constructor(raw: Promise<WithResponse<T>>, slot?: RawResponseSlot, redactor?: Redactor) {
    super((resolve) => resolve(undefined as T));
    this.#raw = raw;
    this.#slot = slot;
    this.#redactor = redactor;
  }

  // Derived promises (then/catch/finally results) are plain Promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  /**
   * Starts a call built by `start`; anything `start` throws (a route that may not be used, a bad
   * option) becomes the returned promise's rejection instead of a synchronous throw.
   */
  static defer<T>(start: () => APIPromise<T>): APIPromise<T> {
    try {
      return start();
    } catch (error) {
      return new APIPromise<T>(Promise.reject(error));
    }
  }

  /** The data together with the response's status, headers and request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#raw;
  }

  /**
   * The last HTTP answer of the call, after retries, without response mapping or validation: an error
   * status or a vendor failure envelope resolves too. Rejects only when no answer arrived (an input
   * error, a connection failure, an abort).
   */
  asResponse(): Promise<RawResponse> {
    const answer = (): RawResponse => {
      const last = this.#slot?.call?.lastResponse;
      if (!last) throw new HRError('No HTTP answer is available for this call');
      const redactor = this.#redactor;
      return {
        status: last.status,
        headers: redactor ? redactor.headers(last.headers) : { ...last.headers },
        body: last.body,
        text: () => last.text,
      };
    };
    return this.#raw.then(answer, (error: unknown) => {
      if (!this.#slot?.call?.lastResponse) throw error;
      return answer();
    });
  }

  #parsed(): Promise<T> {
    this.#data ??= this.#raw.then((r) => r.data);
    return this.#data;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}
