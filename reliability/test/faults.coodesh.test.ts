import { afterAll, afterEach, beforeAll } from 'vitest';
import { faultMatrix } from './support/matrix.js';
import { type CoodeshRig, startCoodesh } from './support/rigs.js';

let rig: CoodeshRig;
beforeAll(async () => {
  rig = await startCoodesh();
});
afterEach(() => rig.reset());
afterAll(() => rig.close());

let n = 0;
const job = () => rig.state.jobs[0]!;
const assessmentId = () => rig.state.assessments[0]!.assessment_id!;

faultMatrix({
  rig: () => rig,
  read: {
    name: 'jobs.retrieve',
    matches: (method, url) => method === 'GET' && url.pathname.startsWith('/jobs/single/'),
    run: (client) => client.jobs.retrieve(job().slug!),
  },
  writes: [
    {
      name: 'ats.attempts.create (POST, no idempotency token)',
      matches: (method, url) => method === 'POST' && url.pathname === '/assessments/ats/attempts',
      run: (client) =>
        client.ats.attempts.create({
          name: 'Ada Lovelace',
          email: `ada${++n}@example.com`,
          user_id: `u-${n}`,
          assessment_id: assessmentId(),
          company_id: 'c-1',
          job_id: 'j-1',
          callback_url: 'https://ats.example.com/back',
          webhook_url: 'https://ats.example.com/hook',
        }),
      applied: () => rig.state.attempts.size,
      rateLimitMeansNotApplied: false,
    },
    {
      name: 'jobs.apply (POST, no idempotency token)',
      matches: (method, url) => method === 'POST' && url.pathname.startsWith('/jobs/apply/'),
      run: (client) => client.jobs.apply(job()._id!, { email: `cand${++n}@example.com`, fullname: 'Grace Hopper' }),
      applied: () => rig.state.applications.length,
      rateLimitMeansNotApplied: false,
    },
  ],
});
