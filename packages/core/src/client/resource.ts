import type { BaseClient } from './base-client.js';

/** A group of a vendor's operations (`client.candidates`, `client.preHires`...). */
export abstract class Resource<C extends BaseClient = BaseClient> {
  constructor(protected readonly client: C) {}
}
