import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  CoodeshWebhookError,
  parseAssessmentResultWebhook,
  type AssessmentResultWebhookEvent,
} from '../src/webhooks.js';
import { useSandbox } from './helpers.js';

const event = {
  attempt_id: '507f1f77bcf86cd799439011',
  application_id: 'app-1',
  assessment_id: 'as-1',
  status: 'finished',
  score: 85,
  title: 'JavaScript Assessment',
};

function issuesOf(body: Parameters<typeof parseAssessmentResultWebhook>[0]): string[] {
  try {
    parseAssessmentResultWebhook(body);
  } catch (error) {
    expect(error).toBeInstanceOf(CoodeshWebhookError);
    return (error as CoodeshWebhookError).issues.map((i) => i.path);
  }
  return expect.fail('expected the body to be refused');
}

describe('parseAssessmentResultWebhook', () => {
  it('reads a raw string, bytes or a parsed object', () => {
    expect(parseAssessmentResultWebhook(JSON.stringify(event))).toEqual(event);
    expect(parseAssessmentResultWebhook(Buffer.from(JSON.stringify(event)))).toEqual(event);
    expect(parseAssessmentResultWebhook(event)).toEqual(event);
  });

  it('accepts the score as a string, unknown statuses and extra fields', () => {
    const parsed = parseAssessmentResultWebhook({ ...event, score: '85.5', status: 'archived', extra: 1 });
    expect(parsed.score).toBe('85.5');
    expect(parsed.status).toBe('archived');
    expect((parsed as unknown as Record<string, unknown>).extra).toBe(1);
  });

  it('names each malformed field', () => {
    expect(issuesOf({ status: 'finished' })).toEqual(['body.attempt_id']);
    expect(issuesOf({ ...event, status: undefined } as never)).toEqual(['body.status']);
    expect(issuesOf({ ...event, score: true } as never)).toEqual(['body.score']);
    expect(issuesOf({ ...event, attempt_id: '' })).toEqual(['body.attempt_id']);
    expect(() => parseAssessmentResultWebhook('{"attempt_id":')).toThrow(/\(body\): is not valid JSON/);
    expect(() => parseAssessmentResultWebhook('[1]')).toThrow(/must be a JSON object/);
    expect(() => parseAssessmentResultWebhook({ status: 'finished' })).toThrow(/attempt_id/);
  });
});

describe('the ATS flow end to end', () => {
  const h = useSandbox();

  async function startReceiver(): Promise<{ url: string; events: AssessmentResultWebhookEvent[]; server: Server }> {
    const events: AssessmentResultWebhookEvent[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          expect(req.headers['content-type']).toContain('application/json');
          events.push(parseAssessmentResultWebhook(Buffer.concat(chunks)));
          res.writeHead(204).end();
        } catch {
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/coodesh/webhook`, events, server };
  }

  it('lists assessments, creates an attempt, receives the result webhook and fetches the result', async () => {
    const receiver = await startReceiver();
    try {
      const client = h.client();
      const [assessment] = await client.ats.assessments.list({ limit: 1 }).then((p) => p.items);
      const created = await client.ats.attempts.create({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        user_id: 'u-1',
        assessment_id: assessment!.assessment_id!,
        company_id: 'c-1',
        job_id: 'j-1',
        callback_url: 'https://ats.example.com/done',
        webhook_url: receiver.url,
      });
      expect((await client.ats.attempts.retrieve(created.attempt_id!)).status).toBe('invited');

      const delivery = await h.sandbox.state.completeAttempt(created.attempt_id!, { score: 72 });
      expect(delivery.outcome).toBe(204);
      expect(receiver.events).toEqual([
        {
          attempt_id: created.attempt_id,
          assessment_id: assessment!.assessment_id,
          status: 'finished',
          score: 72,
          title: assessment!.name,
        },
      ]);

      const result = await client.ats.attempts.retrieve(receiver.events[0]!.attempt_id);
      expect(result).toMatchObject({ status: 'finished', score: 72, attempt_id: created.attempt_id });
      expect(result.results?.[0]?.score).toBe(72);
    } finally {
      await new Promise((r) => receiver.server.close(r));
    }
  });
});
