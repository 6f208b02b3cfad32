/** Raw facts about a response, for when the data is not enough. */
export interface ResponseInfo {
  /** HTTP status. */
  status: number;
  /** Response headers, lower-cased, secrets redacted. */
  headers: Record<string, string>;
  /** The vendor's request id, when it sends one. */
  requestId: string | undefined;
}

/** The data of a call together with its response facts. */
export interface WithResponse<T> {
  /** The call's validated data. */
  data: T;
  /** Status, headers and request id of the response. */
  response: ResponseInfo;
}

/**
 * A Promise of a call's data, with `withResponse()` for its status, headers and request id.
 * The call starts at once; both forms share it.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #raw: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(raw: Promise<WithResponse<T>>) {
    super((resolve) => resolve(undefined as T));
    this.#raw = raw;
  }

  // Derived promises (then/catch/finally results) are plain Promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The data together with the response's status, headers and request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#raw;
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
