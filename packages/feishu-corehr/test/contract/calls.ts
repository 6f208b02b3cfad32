import type * as lark from '@larksuiteoapi/node-sdk';
import type { FeishuCoreHRClient } from '../../src/index.js';

/** The parts of one call, built from the manifest. */
export interface CallArgs {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body?: Record<string, unknown>;
}

type Ours = (client: FeishuCoreHRClient, args: CallArgs) => PromiseLike<unknown>;

const id = (args: CallArgs) => args.path['pre_hire_id']!;
const body = <T>(args: CallArgs) => args.body as T;

/** Each exposed pre-hire operation, called through our client with the manifest's arguments. */
export const OURS: Record<string, Ours> = {
  'preHires.get': (c, a) => c.preHires.get(id(a)),
  // The official definitions type page_size as a numeric string; ours takes the number (the same on the wire).
  'preHires.list': (c, a) => c.preHires.list({ ...a.query, page_size: Number(a.query['page_size']) }),
  'preHires.patch': (c, a) =>
    c.preHires.patch(id(a), body(a), { client_token: a.query['client_token'] as string | undefined }),
  'preHires.deleteV1': (c, a) => c.preHires.deleteV1(id(a)),
  'preHires.create': (c, a) => c.preHires.create(body(a)),
  'preHires.query': (c, a) => c.preHires.query(body(a), a.query),
  'preHires.search': (c, a) => c.preHires.search(body(a), a.query),
  'preHires.patchV2': (c, a) => c.preHires.patchV2(id(a), body(a)),
  'preHires.delete': (c, a) => c.preHires.delete(id(a)),
  'preHires.complete': (c, a) => c.preHires.complete(id(a)),
  'preHires.withdrawOnboarding': (c, a) => c.preHires.withdrawOnboarding(body(a)),
  'preHires.restoreFlowInstance': (c, a) => c.preHires.restoreFlowInstance(body(a)),
  'preHires.transitTask': (c, a) => c.preHires.transitTask(id(a), body(a)),
  'preHires.transformOnboardingTask': (c, a) => c.preHires.transformOnboardingTask(body(a)),
};

/** The same call through the official client: `client.corehr.v2.preHire.create({ path, params, data })`. */
export function callOfficial(client: lark.Client, where: string, args: CallArgs): Promise<unknown> {
  const method = where
    .replace(/^client\./, '')
    .split('.')
    .reduce<unknown>((owner, key) => (owner as Record<string, unknown>)[key], client) as (
    payload: unknown,
  ) => Promise<unknown>;
  const payload = {
    ...(Object.keys(args.path).length > 0 ? { path: args.path } : {}),
    ...(Object.keys(args.query).length > 0 ? { params: args.query } : {}),
    ...(args.body ? { data: args.body } : {}),
  };
  return method(payload);
}
