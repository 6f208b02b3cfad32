import { rm } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import type { RunningServer } from '../http/server.js';
import { type Harness, startServingHarness } from './harness.js';

let h: Harness | undefined;
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  await h?.close();
  h = server = undefined;
});

test('/healthz answers 200 while the checkpoint answers, 503 (naming no path) once it does not', async () => {
  ({ h, server } = await startServingHarness());
  const healthy = await fetch(`${server.url}/healthz`);
  expect(healthy.status).toBe(200);
  expect(await healthy.json()).toEqual({ ok: true, checkpoint: 'ok' });

  await rm(h.dataDir, { recursive: true, force: true }); // the checkpoint's directory is gone
  const sick = await fetch(`${server.url}/healthz`);
  expect(sick.status).toBe(503);
  const text = await sick.text();
  expect(JSON.parse(text)).toEqual({ ok: false, checkpoint: 'unreachable' });
  expect(text).not.toContain(h.dataDir);
  expect(h.log.text()).toContain('[healthz] the checkpoint does not answer');
});

test('/metrics serves the Prometheus text format: hires received and created, parked now, per label', async () => {
  ({ h, server } = await startServingHarness());
  const candidate = h.sandboxes.comeet.state.addCandidate(
    { position_uid: '11.11', first_name: 'Bobby', last_name: 'Chauck', email: 'bobby@example.com' },
    new Date(),
  );
  expect((await h.sandboxes.comeet.webhooks.pushHire(candidate.uid, '2026-03-02')).status).toBe(200);
  await h.service.idle();

  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  const text = await response.text();
  expect(text).toContain('# TYPE hire_to_onboard_hires_received_total counter');
  expect(text).toContain('hire_to_onboard_hires_received_total{source="comeet"} 1');
  expect(text).toContain('hire_to_onboard_hires_created_total{via="create"} 1');
  expect(text).toContain('hire_to_onboard_hires_parked_total 0');
  expect(text).toContain('hire_to_onboard_hires_needs_review 0');
  expect(text).toContain('hire_to_onboard_hires_failed_total 0');
  expect(text).toContain('# TYPE hire_to_onboard_checkpoint_write_seconds histogram');
  expect((await fetch(`${server.url}/metrics`, { method: 'POST' })).status).toBe(404);
});
