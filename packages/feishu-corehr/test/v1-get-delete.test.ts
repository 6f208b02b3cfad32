import { afterEach, describe, expect, test } from 'vitest';
import { InvalidRequestError } from '../src/index.js';
import { type Harness, LIST_PATH, rejectionOf, requestsTo, startHarness } from './setup.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const ID = '7140964208476371';

describe('preHires.get (v1)', () => {
  test('GET /open-apis/corehr/v1/pre_hires/:pre_hire_id answers the pre-hire, enum objects included', async () => {
    harness = await startHarness();
    const { pre_hire } = await harness.client.preHires.get(ID);
    expect(pre_hire).toMatchObject({ id: ID, onboarding_status: { enum_name: 'preboarding' } });
    const [sent] = requestsTo(harness.server, `${LIST_PATH}/${ID}`, 'GET');
    expect(sent).toMatchObject({ method: 'GET', path: `${LIST_PATH}/${ID}` });
    expect(sent!.body).toBe('');
  });

  test('an unknown pre-hire is an InvalidRequestError (the sandbox answers 1164403)', async () => {
    harness = await startHarness();
    const error = await rejectionOf(harness.client.preHires.get('999'));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ code: 1164403 });
  });
});

describe('preHires.deleteV1', () => {
  test('DELETE /open-apis/corehr/v1/pre_hires/:pre_hire_id removes the pre-hire; v1 and v2 reads no longer find it', async () => {
    harness = await startHarness();
    expect(await harness.client.preHires.deleteV1(ID)).toEqual({});
    expect(requestsTo(harness.server, `${LIST_PATH}/${ID}`, 'DELETE')).toHaveLength(1);
    expect(harness.state.preHires.has(ID)).toBe(false);
    expect((await harness.client.preHires.query({ pre_hire_ids: [ID] })).items).toEqual([]);
    expect(await rejectionOf(harness.client.preHires.get(ID))).toBeInstanceOf(InvalidRequestError);
  });
});
