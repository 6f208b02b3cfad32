import type { AuthContext, AuthStrategy, SecretListener } from './strategy.js';

/** HTTP Basic authentication (`Authorization: Basic base64(username:password)`). */
export class BasicAuth implements AuthStrategy {
  readonly #header: string;
  readonly #secrets: string[];

  constructor(credentials: { username: string; password?: string }) {
    const encoded = Buffer.from(`${credentials.username}:${credentials.password ?? ''}`).toString('base64');
    this.#header = `Basic ${encoded}`;
    this.#secrets = [credentials.username, credentials.password ?? '', encoded];
  }

  async authorize({ headers }: AuthContext): Promise<void> {
    headers['authorization'] = this.#header;
  }

  onSecret(listener: SecretListener): void {
    for (const secret of this.#secrets) listener(secret);
  }
}

/** An API key sent in a header, e.g. `x-api-key`. */
export class ApiKeyAuth implements AuthStrategy {
  readonly #header: string;
  readonly #value: string;

  constructor(options: { header: string; value: string }) {
    this.#header = options.header.toLowerCase();
    this.#value = options.value;
  }

  async authorize({ headers }: AuthContext): Promise<void> {
    headers[this.#header] = this.#value;
  }

  onSecret(listener: SecretListener): void {
    listener(this.#value);
  }
}

/** A fixed bearer token (`Authorization: Bearer <token>`). */
export class BearerAuth implements AuthStrategy {
  readonly #token: string;

  constructor(options: { token: string }) {
    this.#token = options.token;
  }

  async authorize({ headers }: AuthContext): Promise<void> {
    headers['authorization'] = `Bearer ${this.#token}`;
  }

  onSecret(listener: SecretListener): void {
    listener(this.#token);
  }
}
