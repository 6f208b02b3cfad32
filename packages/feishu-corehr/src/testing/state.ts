import { randomBytes } from 'node:crypto';
import type { PreHireV2 } from '../generated/models/pre-hire-v2.js';
import type { PreHireQuery } from '../generated/models/v1.js';
import type { SandboxCreateChecks } from './create-checks.js';
import { SandboxEventPusher, type SandboxEventSubscription } from './events.js';
import { toPreHireV2 } from './seed-v2.js';
import { SANDBOX_COST_CENTERS, seedPreHires } from './seed.js';
import { SandboxLongConnection, type SandboxLongConnectionOptions } from './ws-server.js';

/** The App ID the sandbox accepts by default. */
export const SANDBOX_APP_ID = 'cli_a1b2c3d4e5f60718';
/** The App Secret the sandbox accepts by default. */
export const SANDBOX_APP_SECRET = 'sandbox-app-secret-9f8e7d6c5b4a';

/** Documented tenant_access_token semantics: at most 2 hours, the same token while ≥ 30 minutes remain. */
const MAX_LIFETIME_SECONDS = 7200;
const REUSE_THRESHOLD_MS = 30 * 60 * 1000;

/**
 * How the sandbox's create treats an `out_biz_id` it already created a pre-hire for:
 *
 * - `return-existing` (the default): answers with the existing `pre_hire_id` and applies nothing
 *   sent. This is what Feishu's field description states: "外部业务唯一编码，用于支持幂等创建 …
 *   相同id最多唯一对应一个待入职数据 … 如果id对应的待入职数据已经存在，执行创建操作则直接返回待入职id，且不会更新本次传入的数据到待入职"
 *   (used for idempotent creation; one id maps to at most one pre-hire; if the pre-hire of the id
 *   exists, create returns its id and does not write the data sent), as Feishu's generated
 *   definitions carry it (the .NET SDK vicenteyu/FeishuNetSdk, `PostCorehrV2PreHiresBodyDto.cs`,
 *   generated from https://open.feishu.cn/document/server-docs/corehr-v1/pre_hire/create; the
 *   official Java SDK's `PrehireCreate.java` says "外部业务唯一编码"). Feishu's own create page and
 *   its error table could not be read, and no probe log shows a repeat.
 * - `refuse`: answers an error. Feishu's docs give no code for a repeated `out_biz_id`, so the
 *   sandbox answers 1160001 "param is invalid": a **stand-in code, not documented** for this case
 *   (1160001 is documented on "Delete pre-hire" for invalid parameters). Do not match on it.
 * - `duplicate`: ignores the field and creates another pre-hire (the person-data duplicate checks,
 *   e.g. 1161029 for a phone, still apply).
 */
export type RepeatedOutBizId = 'return-existing' | 'refuse' | 'duplicate';

/**
 * A fault of one create, answered HTTP 500 at once: after creating the pre-hire (`applied`), without
 * creating it (`not-applied`), or creating it `appliedAfterMs` later (a request the server goes on
 * processing after its caller gave up).
 */
export type SandboxCreateFault = 'applied' | 'not-applied' | { appliedAfterMs: number };

/** Options of the Feishu sandbox. */
export interface FeishuSandboxOptions {
  /** The App ID to accept (default `SANDBOX_APP_ID`). */
  appId?: string;
  /** The App Secret to accept (default `SANDBOX_APP_SECRET`). */
  appSecret?: string;
  /** Lifetime of issued tokens in seconds (default 7200, Feishu's maximum). */
  tokenLifetimeSeconds?: number;
  /** The sandbox's clock in epoch ms (default `Date.now`): move it to expire tokens. */
  now?: () => number;
  /** The pre-hires to start with (default: 25 realistic records). */
  preHires?: PreHireQuery[];
  /** Page size when the caller gives none (default 10). */
  defaultPageSize?: number;
  /** Answer 429 / 99991400 beyond the documented limits (default true). */
  enforceRateLimits?: boolean;
  /** Where events are pushed (default: none until `state.events.subscription` is set). */
  eventSubscription?: SandboxEventSubscription;
  /** Tenants a store (ISV) app is installed in, for `tenant_access_token` (default `['sandbox-tenant']`). */
  tenantKeys?: string[];
  /** How the long-connection server behaves (client config, acknowledgement timeout, split events). */
  longConnection?: SandboxLongConnectionOptions;
  /** How create treats an `out_biz_id` it has seen (default `return-existing`, see `RepeatedOutBizId`). */
  repeatedOutBizId?: RepeatedOutBizId;
  /** How strictly create checks its body's required fields (default `documented`, see `SandboxCreateChecks`). */
  createChecks?: SandboxCreateChecks;
  /** Dotted paths create also requires, as a stricter tenant might (e.g. `basic_info.name.full_name`; default none). */
  tenantRequiredFields?: string[];
  /**
   * Ms after its creation before search finds a pre-hire (default 0). Feishu documents a delay of up
   * to 5 seconds ("创建待入职后，会有5秒内的数据延迟导致搜索不到数据", the search page).
   */
  searchLagMs?: number;
}

/** A remembered update: the answer replayed for a repeated `client_token`. */
interface AppliedUpdate {
  preHireId: string;
  result: unknown;
}

/** The state of the Feishu sandbox: app credentials, issued tokens, pre-hires, page tokens, client tokens. */
export class FeishuSandboxState {
  /** The App ID the token endpoint accepts. */
  readonly appId: string;
  /** The App Secret the token endpoint accepts. */
  readonly appSecret: string;
  /** Lifetime of issued tenant tokens, in seconds (Feishu: at most 7200). */
  tokenLifetimeSeconds: number;
  /** The sandbox clock (epoch ms), injectable for expiry tests. */
  readonly now: () => number;
  /** `page_size` used when a list call gives none. */
  readonly defaultPageSize: number;
  /** Whether the documented limits (50/s, 1000/min, 100/min) are enforced with 429s. */
  readonly enforceRateLimits: boolean;
  /** How many times the token endpoint was called with valid credentials. */
  tokenFetches = 0;
  /** Issued tokens and when each expires (epoch ms). */
  readonly tokens = new Map<string, number>();
  /** The pre-hires, in listing order. */
  readonly preHires = new Map<string, PreHireQuery>();
  /** Cost centers and their state. */
  readonly costCenters = new Map<string, 'active' | 'deactivated' | 'disabling'>();
  /** Page tokens handed out: where the next page starts, for which query. */
  readonly pageTokens = new Map<string, { offset: number; filter: string }>();
  /** Updates by `client_token`. */
  readonly clientTokens = new Map<string, AppliedUpdate>();
  /** How many updates were actually applied (a replayed `client_token` is not applied again). */
  updatesApplied = 0;
  /** Request times per rate-limit bucket, for the documented limits. */
  readonly calls = new Map<string, number[]>();
  /** The v2 pre-hires (create, query, search, patch v2, delete, complete, withdraw, restore, tasks), by `pre_hire_id`. */
  readonly preHiresV2 = new Map<string, PreHireV2>();
  /** The first pre-hire created with each `out_biz_id` (under `return-existing`, creating again answers with it). */
  readonly outBizIds = new Map<string, string>();
  /** How many pre-hires `create` actually added (under `return-existing` a repeated `out_biz_id` adds none). */
  createsApplied = 0;
  /** How create treats a repeated `out_biz_id` (changeable between calls). */
  repeatedOutBizId: RepeatedOutBizId;
  /** How strictly create checks its body. */
  createChecks: SandboxCreateChecks;
  /** Dotted paths create also requires. */
  tenantRequiredFields: string[];
  /** Ms after its creation before search finds a pre-hire. */
  searchLagMs: number;
  /** Each pre-hire `create` added: its `out_biz_id` (if any) and when (sandbox clock). */
  readonly creates = new Map<string, { outBizId: string | undefined; at: number }>();
  /** Faults queued for the next creates (see `failNextCreates`). */
  readonly createFaults: SandboxCreateFault[] = [];
  /** Pushes events to the registered URL (encrypted and signed when it has an Encrypt Key). */
  readonly events: SandboxEventPusher;
  /** Tenants the store app is installed in. */
  readonly tenantKeys: Set<string>;
  /** The long-connection server: events reach connected clients over it (`startFeishuSandbox` starts it). */
  readonly longConnection: SandboxLongConnection;
  /** The latest app_ticket pushed (only the latest is valid), or undefined before the first push. */
  appTicket: string | undefined;
  /** Issued app_access_tokens and when each expires (epoch ms). */
  readonly appAccessTokens = new Map<string, number>();
  /** Tenant of each tenant_access_token issued to the store app. */
  readonly tenantOfToken = new Map<string, string>();
  /** Calls of the store-app token endpoints: `app_access_token` and `tenant_access_token:<tenant_key>`. */
  readonly isvTokenFetches = new Map<string, number>();
  readonly #seed: PreHireQuery[] | undefined;
  #current: string | undefined;

  constructor(options: FeishuSandboxOptions = {}) {
    this.appId = options.appId ?? SANDBOX_APP_ID;
    this.appSecret = options.appSecret ?? SANDBOX_APP_SECRET;
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? MAX_LIFETIME_SECONDS;
    this.now = options.now ?? Date.now;
    this.defaultPageSize = options.defaultPageSize ?? 10;
    this.enforceRateLimits = options.enforceRateLimits ?? true;
    this.events = new SandboxEventPusher(this.appId, this.now);
    this.events.subscription = options.eventSubscription;
    this.tenantKeys = new Set(options.tenantKeys ?? ['sandbox-tenant']);
    this.longConnection = new SandboxLongConnection(this.appId, this.appSecret, options.longConnection);
    this.events.listeners.add((payload) => this.longConnection.push(payload));
    this.repeatedOutBizId = options.repeatedOutBizId ?? 'return-existing';
    this.createChecks = options.createChecks ?? 'documented';
    this.tenantRequiredFields = options.tenantRequiredFields ?? [];
    this.searchLagMs = options.searchLagMs ?? 0;
    this.#seed = options.preHires;
    this.reset();
  }

  /** Forgets every token, page token, update and call, and seeds the pre-hires again. */
  reset(): void {
    this.tokenFetches = 0;
    this.createFaults.length = 0;
    this.updatesApplied = 0;
    this.createsApplied = 0;
    this.appTicket = undefined;
    this.#current = undefined;
    this.longConnection.reset();
    for (const map of [
      this.tokens,
      this.preHires,
      this.costCenters,
      this.pageTokens,
      this.clientTokens,
      this.calls,
      this.preHiresV2,
      this.outBizIds,
      this.creates,
      this.appAccessTokens,
      this.tenantOfToken,
      this.isvTokenFetches,
    ])
      map.clear();
    for (const record of structuredClone(this.#seed ?? seedPreHires())) {
      this.preHires.set(String(record.id), record);
      this.preHiresV2.set(String(record.id), toPreHireV2(record));
    }
    for (const [id, state] of Object.entries(SANDBOX_COST_CENTERS)) this.costCenters.set(id, state);
  }

  /**
   * Issues a tenant_access_token as Feishu documents it: the current one (with its remaining
   * lifetime) while at least 30 minutes remain, otherwise a new one (the old one stays valid).
   */
  issueToken(): { token: string; expire: number } {
    this.tokenFetches++;
    const now = this.now();
    const expiresAt = this.#current === undefined ? undefined : this.tokens.get(this.#current);
    if (this.#current !== undefined && expiresAt !== undefined && expiresAt - now >= REUSE_THRESHOLD_MS) {
      return { token: this.#current, expire: Math.floor((expiresAt - now) / 1000) };
    }
    const token = `t-${randomBytes(20).toString('hex')}`;
    this.tokens.set(token, now + this.tokenLifetimeSeconds * 1000);
    this.#current = token;
    return { token, expire: this.tokenLifetimeSeconds };
  }

  /** Whether `token` was issued, and whether it is still valid. */
  tokenStatus(token: string): 'valid' | 'expired' | 'unknown' {
    const expiresAt = this.tokens.get(token);
    if (expiresAt === undefined) return 'unknown';
    return this.now() < expiresAt ? 'valid' : 'expired';
  }

  /** Makes every issued token invalid (as if the app secret had been reset). */
  revokeTokens(): void {
    this.tokens.clear();
    this.#current = undefined;
  }

  /** Issues a tenant_access_token valid for API calls, bound to `tenantKey` (store apps). */
  issueTenantTokenFor(tenantKey: string): { token: string; expire: number } {
    const token = `t-${randomBytes(20).toString('hex')}`;
    this.tokens.set(token, this.now() + this.tokenLifetimeSeconds * 1000);
    this.tenantOfToken.set(token, tenantKey);
    return { token, expire: this.tokenLifetimeSeconds };
  }

  /** Counts a call of a store-app token endpoint. */
  countIsvFetch(key: string): void {
    this.isvTokenFetches.set(key, (this.isvTokenFetches.get(key) ?? 0) + 1);
  }

  /** Pushes a new app_ticket event (Feishu does so every hour and on "resend"); the previous ticket stops working. */
  pushAppTicket(): Promise<void> {
    this.appTicket = `ticket-${randomBytes(16).toString('hex')}`;
    return this.events.pushV1({ app_id: this.appId, app_ticket: this.appTicket, type: 'app_ticket' });
  }

  /**
   * Makes the next creates fail with HTTP 500 and 1161000 ("Server system error", documented on the
   * onboarding pages), one fault each in order: `applied` creates the pre-hire first and loses the
   * answer (what a timeout or a gateway error after the write looks like to the caller),
   * `not-applied` creates nothing, `{ appliedAfterMs }` creates it that much later.
   */
  failNextCreates(...faults: SandboxCreateFault[]): void {
    this.createFaults.push(...faults);
  }

  /** Records a pre-hire `create` added (the first one per `out_biz_id` is the one a repeat returns). */
  recordCreate(preHireId: string, outBizId: string | undefined): void {
    if (outBizId !== undefined && !this.outBizIds.has(outBizId)) this.outBizIds.set(outBizId, preHireId);
    this.creates.set(preHireId, { outBizId, at: this.now() });
    this.createsApplied++;
  }

  /** Every pre-hire created with `outBizId` (more than one only under `repeatedOutBizId: 'duplicate'`). */
  preHiresCreatedWith(outBizId: string): string[] {
    return [...this.creates].filter(([, create]) => create.outBizId === outBizId).map(([id]) => id);
  }

  /** Whether search finds the pre-hire yet (seeded ones always; created ones `searchLagMs` after creation). */
  searchable(preHireId: string): boolean {
    const created = this.creates.get(preHireId);
    return created === undefined || this.now() - created.at >= this.searchLagMs;
  }

  /** A new opaque page token for the page starting at `offset` of the listing `filter`. */
  pageTokenFor(offset: number, filter: string): string {
    const token = String(BigInt(`0x${randomBytes(6).toString('hex')}`));
    this.pageTokens.set(token, { offset, filter });
    return token;
  }

  /**
   * Records a call in `bucket` and says how long to wait if it exceeds `limit` per `windowMs`
   * (undefined when within the limit).
   */
  rateLimited(bucket: string, limit: number, windowMs: number): number | undefined {
    if (!this.enforceRateLimits) return undefined;
    const now = this.now();
    const recent = (this.calls.get(bucket) ?? []).filter((at) => at > now - windowMs);
    this.calls.set(bucket, recent);
    if (recent.length >= limit) return Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000));
    recent.push(now);
    return undefined;
  }
}
