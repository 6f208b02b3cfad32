import { http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BaseClient } from '@hr/core/internal';
import type { ComeetClient } from '@hr/comeet';
import type { CoodeshClient } from '@hr/coodesh';
import type { FeishuCoreHRClient } from '@hr/feishu-corehr';
import type { MokaClient } from '@hr/moka';
import { exposure, leaks } from './support/capture.js';
import { FAULT_KINDS, injectFaults, type FaultKind } from './support/inject.js';
import { mokaUser } from './support/inputs.js';
import { type Rig, startComeet, startCoodesh, startFeishu, startMoka } from './support/rigs.js';

/**
 * Every operation of every vendor, with debug logging and hooks capturing everything, under no fault,
 * each injected fault and a gateway that echoes the request (headers and body) back: no API key, app
 * secret, partner secret, minted JWT or tenant token appears in a log line, a hook event, an error
 * message, a serialized error (JSON, util.inspect) or a stack trace.
 */

type Scenario = FaultKind | 'none' | 'echoJson' | 'echoHtml';
const SCENARIOS: Scenario[] = ['none', ...FAULT_KINDS, 'echoJson', 'echoHtml'];

/** A gateway error page that repeats the request it received, headers and body included. */
function echo(kind: 'echoJson' | 'echoHtml') {
  return http.all('*', async ({ request }) => {
    const headers = Object.fromEntries(request.headers.entries());
    const body = await request.text();
    const echoHeaders = {
      'x-echo-authorization': headers['authorization'] ?? '',
      'x-echo-api-key': headers['x-api-key'] ?? '',
    };
    if (kind === 'echoJson')
      return Response.json(
        { error: 'bad gateway', request: { url: request.url, headers, body } },
        { status: 502, headers: echoHeaders },
      );
    const lines = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n');
    return new Response(
      `<html><body><h1>400 Bad Request</h1><pre>${request.method} ${request.url}\n${lines}\n\n${body}</pre></body></html>`,
      {
        status: 400,
        headers: { 'content-type': 'text/html', ...echoHeaders },
      },
    );
  });
}

interface VendorCase<C extends BaseClient> {
  start(): Promise<Rig<C, unknown>>;
  seed?(rig: Rig<C, unknown>): void;
  /** Faults limited to these requests too (e.g. only API calls, not the token endpoint). */
  scopes?: Record<string, (method: string, url: URL) => boolean>;
  operations: Record<string, (client: C, rig: Rig<C, unknown>) => PromiseLike<unknown>>;
  /** Secrets that are not credentials seen on the wire (e.g. tokens sent in paths). */
  extraSecrets?: string[];
}

function secretsSuite<C extends BaseClient>(vendor: string, spec: VendorCase<C>): void {
  describe(`${vendor}: no secret in logs, hook events, errors or stacks`, () => {
    let rig: Rig<C, unknown>;
    beforeAll(async () => {
      rig = await spec.start();
    });
    afterAll(() => rig.close());
    const scopes = { all: undefined, ...spec.scopes };

    for (const [scope, matches] of Object.entries(scopes)) {
      it.each(SCENARIOS)(`%s on ${scope} requests, every operation`, async (scenario) => {
        rig.reset();
        spec.seed?.(rig);
        if (scenario === 'echoJson' || scenario === 'echoHtml') rig.server.use(echo(scenario));
        else if (scenario !== 'none')
          injectFaults(rig.server, rig.handlers, rig.errors, () => scenario, { matches, retryAfterSeconds: 0.01 });
        const texts = await Promise.all(
          Object.entries(spec.operations).map(async ([name, run]) => [
            name,
            ...(await exposure(rig, (client) => run(client, rig), { maxRetries: 0 })),
          ]),
        );
        // One more pass with a retry, for the retry log lines.
        const retried = await exposure(rig, (client) => Object.values(spec.operations)[0]!(client, rig), {
          maxRetries: 1,
        });
        const secrets = [...rig.secrets(), ...(spec.extraSecrets ?? [])];
        expect(secrets.length).toBeGreaterThan(0);
        expect(leaks(secrets, [...texts.flat(), ...retried])).toEqual([]);
      });
    }
  });
}

secretsSuite<MokaClient>('moka', {
  start: startMoka as () => Promise<Rig<MokaClient, unknown>>,
  seed: (rig) => (rig as Awaited<ReturnType<typeof startMoka>>).state.seedCandidates(3, 'offer'),
  operations: {
    'offers.listCustomFields': (c) => c.offers.listCustomFields(),
    'users.sync': (c) => c.users.sync([mokaUser(1), mokaUser(2)]),
    'candidates.list': (c) => c.candidates.list({ stage: 'offer' }),
    'candidates.retrieve': (c) => c.candidates.retrieve([47_200_001]),
    'candidates.pull': (c) => c.candidates.pull({ stage: 'offer' }).collect(),
    'departments.replaceAll': (c) =>
      c.departments.replaceAll([{ name: 'HQ', department_code: 'HQ', parent_code: null }]),
    'departments.addIncremental': (c) =>
      c.departments.addIncremental([{ name: 'R&D', department_code: 'RD', parent_code: null }]),
    'departments.update': (c) => c.departments.update([{ name: 'HQ', department_code: 'HQ', parent_code: null }]),
  },
});

secretsSuite<FeishuCoreHRClient>('feishu', {
  start: () => startFeishu() as Promise<Rig<FeishuCoreHRClient, unknown>>,
  scopes: {
    token: (method, url) => method === 'POST' && url.pathname.endsWith('/tenant_access_token/internal'),
    'API (not token)': (_method, url) => !url.pathname.endsWith('/tenant_access_token/internal'),
  },
  operations: {
    'preHires.list': (c) => c.preHires.list({ page_size: 5 }),
    'preHires.list (all pages)': (c) => c.preHires.list({ page_size: 10 }).toArray(),
    'preHires.patch': (c) =>
      c.preHires.patch('7140964208476371', {
        onboarding_status: { enum_name: 'preboarding' },
        hire_date: '2026-03-01',
      }),
  },
});

secretsSuite<ComeetClient>('comeet', {
  start: () => startComeet() as Promise<Rig<ComeetClient, unknown>>,
  seed: (rig) =>
    void (rig as Awaited<ReturnType<typeof startComeet>>).state.addCandidate(
      { position_uid: '11.11', first_name: 'A', last_name: 'B', files: [{ name: 'a.txt', file: 'aGk=' }] },
      new Date(),
    ),
  operations: {
    'candidates.create': (c) =>
      c.candidates.create({
        position_uid: '11.11',
        first_name: 'Bobby',
        last_name: 'Chauck',
        email: 'bobby@example.com',
      }),
    'candidates.retrieve': (c) => c.candidates.retrieve('11.A01'),
    'candidates.listFiles': (c) => c.candidates.listFiles('11.A01'),
  },
});

const job = (rig: Rig<CoodeshClient, unknown>) => (rig as Awaited<ReturnType<typeof startCoodesh>>).state.jobs[0]!;
const attemptBody = {
  name: 'Ada',
  email: 'ada@example.com',
  user_id: 'u1',
  assessment_id: 'x',
  company_id: 'c',
  job_id: 'j',
  callback_url: 'https://a.io/b',
  webhook_url: 'https://a.io/h',
};
secretsSuite<CoodeshClient>('coodesh', {
  start: () => startCoodesh() as Promise<Rig<CoodeshClient, unknown>>,
  extraSecrets: ['sandbox-reset-token', 'sandbox-invite-token', 'sandbox-confirmation-token'],
  operations: {
    'auth.validate': (c) => c.auth.validate({ workspaceId: 'ws-1' }),
    'auth.signin': (c) => c.auth.signin({ email: 'demo@coodesh.test', password: 'sandbox-password' }),
    'auth.signup': (c) =>
      c.auth.signup({ email: 'new@coodesh.test', password: 'long-enough-password', displayName: 'New User' }),
    'auth.connect': (c) => c.auth.connect({ email: 'demo@coodesh.test' }),
    'auth.forgotPassword': (c) => c.auth.forgotPassword({ email: 'demo@coodesh.test' }),
    'auth.resetPassword': (c) =>
      c.auth.resetPassword('sandbox-reset-token', { newPassword: 'n3w-password', confirmPassword: 'n3w-password' }),
    'auth.retrieveInvite': (c) => c.auth.retrieveInvite('sandbox-invite-token'),
    'auth.acceptInvite': (c) =>
      c.auth.acceptInvite('sandbox-invite-token', { email: 'invited@coodesh.test', displayName: 'Invited' }),
    'auth.google': (c) => c.auth.google({ code: 'oauth-code-123456' }),
    'auth.saml': (c) => c.auth.saml({ email: 'demo@coodesh.test' }),
    'auth.samlCallback': (c) => c.auth.samlCallback({ SAMLResponse: 'PHNhbWw+', RelayState: 'relay-state' }),
    'auth.resendConfirmation': (c) => c.auth.resendConfirmation({ email: 'demo@coodesh.test' }),
    'auth.confirm': (c) => c.auth.confirm('sandbox-confirmation-token'),
    'jobs.list': (c) => c.jobs.list({ pageSize: 5 }),
    'jobs.listV1': (c) => c.jobs.listV1({ pageSize: 5 }),
    'jobs.searchFields': (c) => c.jobs.searchFields(),
    'jobs.retrieve': (c, rig) => c.jobs.retrieve(job(rig).slug!),
    'jobs.related': (c, rig) => c.jobs.related(job(rig).slug!),
    'jobs.apply': (c, rig) => c.jobs.apply(job(rig)._id!, { email: 'grace@example.com', fullname: 'Grace Hopper' }),
    'ats.assessments.list': (c) => c.ats.assessments.list({ limit: 2 }),
    'ats.attempts.create': (c, rig) =>
      c.ats.attempts.create({
        ...attemptBody,
        assessment_id: (rig as Awaited<ReturnType<typeof startCoodesh>>).state.assessments[0]!.assessment_id!,
      }),
    'ats.attempts.retrieve': (c) => c.ats.attempts.retrieve('65d000000000000000000001'),
  },
});
