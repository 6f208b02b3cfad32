// What a user writes instead of an SDK, in the style of openai-node's first hand-written clients: a
// class holding the base URL and credentials, one `request` method over fetch that throws on a
// non-2xx status and returns the parsed JSON, untyped at run time.

/** A non-2xx answer, with the status and the body text. */
class HandWrittenAPIError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`${status} ${body.slice(0, 200)}`);
  }
}

export class HandWrittenClient {
  readonly #baseUrl: string;
  readonly #headers: Record<string, string>;

  constructor(baseUrl: string, headers: Record<string, string>) {
    this.#baseUrl = baseUrl;
    this.#headers = headers;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.#baseUrl + path, {
      method,
      headers: body === undefined ? this.#headers : { ...this.#headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new HandWrittenAPIError(response.status, await response.text());
    return (await response.json()) as T;
  }
}
