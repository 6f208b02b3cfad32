import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PreHireV2 } from '@hr/feishu-corehr';
import { FeishuEventVerificationError, parseFeishuEvent } from '@hr/feishu-corehr/events';
import { runWhenEntryPoint } from '../shared/entry.js';
import { type Connection, connect } from './connect.js';

/**
 * A tiny event endpoint (node:http): it answers Feishu's URL verification, authenticates then
 * decrypts each push (401 to anything forged or already received), and on
 * `corehr.pre_hire.updated_v1` fetches the changed pre-hire. Against the sandbox
 * it subscribes itself, changes a pre-hire there and waits for the event; against the real API an
 * endpoint needs a public URL configured in the developer console, so it only says so.
 */
export async function receiveEvents({ client, sandbox }: Connection): Promise<void> {
  if (!sandbox) {
    console.log('  (skipped on the real API: Feishu pushes events to the request URL set in the developer console)');
    return;
  }
  const secrets = { encryptKey: 'example-encrypt-key', verificationToken: 'example-verification-token' };
  // Feishu's pages do not say whether the URL-verification request is signed: the sandbox sends it unsigned.
  const options = { ...secrets, acceptUnsignedChallenge: true };
  let resolveFetched: (preHire: PreHireV2 | undefined) => void = () => {};
  const fetched = new Promise<PreHireV2 | undefined>((resolve) => (resolveFetched = resolve));

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      try {
        const result = await parseFeishuEvent({ rawBody: Buffer.concat(chunks), headers: req.headers }, options);
        if (result.kind === 'challenge')
          return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result.response));
        res.writeHead(200).end(); // answer fast (Feishu retries slow answers), then work
        if (result.kind === 'event' && result.type === 'corehr.pre_hire.updated_v1') {
          console.log(
            `  event ${result.type}: pre-hire ${result.event.pre_hire_id} changed ${JSON.stringify(result.event.field_changes)}`,
          );
          void client.preHires
            .query({ pre_hire_ids: [result.event.pre_hire_id!], fields: ['person_info', 'onboarding_info'] })
            .then(
              (page) => resolveFetched(page.items?.[0]),
              () => resolveFetched(undefined),
            );
        }
      } catch (error) {
        if (!FeishuEventVerificationError.isInstance(error)) throw error;
        res.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feishu/events`;
    sandbox.state.events.subscription = { url, ...secrets };
    const verified = await sandbox.state.events.verifyUrl();
    console.log(`  URL verification answered ${verified.status} ${JSON.stringify(verified.body)}`);
    await client.preHires.patchV2('7140964208476371', {
      offer_info_update: { onboarding_date: '2026-09-01' },
      standard_update_fields: ['offer_info_update.onboarding_date'],
    });
    const preHire = await fetched;
    console.log(
      `  fetched ${preHire?.pre_hire_id}: ${preHire?.person_info?.preferred_name}, starts ${preHire?.onboarding_info?.onboarding_date}`,
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

await runWhenEntryPoint(import.meta.url, connect, receiveEvents);
