import type { APIPromise, PagePromise } from '@hr/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as m from '../src/index.js';

type C = m.CoodeshClient;
type L = import('../src/lost-routes.js').CoodeshLostRoutes;
type Data<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Item<F extends (...args: never[]) => unknown> = Data<F> extends { items: (infer I)[] } ? I : never;

describe('methods resolve with the documented interfaces themselves (so hovers show their JSDoc)', () => {
  it('part 1', () => {
    expectTypeOf<Item<C['jobs']['list']>>().toEqualTypeOf<m.JobCard>();
    expectTypeOf<Data<C['jobs']['retrieve']>>().toEqualTypeOf<m.Job>();
    expectTypeOf<Data<C['auth']['signin']>>().toEqualTypeOf<m.AuthResult>();
    expectTypeOf<Item<C['ats']['assessments']['list']>>().toEqualTypeOf<m.AtsAssessment>();
    expectTypeOf<Data<C['ats']['attempts']['retrieve']>>().toEqualTypeOf<m.AtsAttemptResult>();
    expectTypeOf<Data<C['blog']['posts']['list']>>().toEqualTypeOf<m.WpPost[]>();
    expectTypeOf<Data<C['fields']['applications']>>().toEqualTypeOf<m.ApplicationFieldLabels>();
  });

  it('the catalogue', () => {
    expectTypeOf<Item<C['careerPaths']['list']>>().toEqualTypeOf<m.CareerPathListItem>();
    expectTypeOf<Data<C['careerPaths']['retrieve']>>().toEqualTypeOf<m.CareerPath>();
    expectTypeOf<Data<C['careerPaths']['tracks']['retrieve']>>().toEqualTypeOf<m.CareerTrack>();
    expectTypeOf<Data<C['careerPaths']['structure']>>().toEqualTypeOf<m.CareerStructure>();
    expectTypeOf<Item<C['careerPaths']['positions']['listUsers']>>().toEqualTypeOf<m.UserReference>();
    expectTypeOf<Data<C['careerPaths']['authors']>>().toEqualTypeOf<m.Option[]>();
    expectTypeOf<Data<C['careerPaths']['export']>>().toEqualTypeOf<m.ExportFile[]>();
    expectTypeOf<Item<C['assessments']['list']>>().toEqualTypeOf<m.AssessmentListItem>();
    expectTypeOf<Data<C['assessments']['metrics']>>().toEqualTypeOf<m.AssessmentMetrics>();
    expectTypeOf<Data<C['assessments']['invite']>>().toEqualTypeOf<m.EmptyResult>();
    expectTypeOf<Data<C['attempts']['retrieve']>>().toEqualTypeOf<m.AttemptResult>();
    expectTypeOf<Item<C['attempts']['list']>>().toEqualTypeOf<m.AttemptListItem>();
    expectTypeOf<Data<C['questions']['retrieve']>>().toEqualTypeOf<m.Question>();
    expectTypeOf<Item<C['questions']['list']>>().toEqualTypeOf<m.QuestionCard>();
    expectTypeOf<Data<C['teams']['retrieve']>>().toEqualTypeOf<m.Team>();
    expectTypeOf<Data<C['skills']['retrieve']>>().toEqualTypeOf<m.SkillVariant>();
    expectTypeOf<Data<C['employees']['retrieve']>>().toEqualTypeOf<m.WorkspaceUser>();
    expectTypeOf<Data<C['employees']['createMany']>>().toEqualTypeOf<m.CreatedWorkspaceUser[]>();
    expectTypeOf<Data<C['subaccounts']['retrieve']>>().toEqualTypeOf<m.Subaccount>();
    expectTypeOf<Data<C['credits']['balance']>>().toEqualTypeOf<m.CreditBalance>();
    expectTypeOf<Data<C['profiles']['retrieve']>>().toEqualTypeOf<m.Profile>();
    expectTypeOf<Data<C['certificates']['retrieve']>>().toEqualTypeOf<m.Certificate>();
    expectTypeOf<Data<C['recommendations']['retrieve']>>().toEqualTypeOf<m.ActionPlan>();
    expectTypeOf<Data<C['datasets']['retrieve']>>().toEqualTypeOf<m.Dataset>();
    expectTypeOf<Data<C['companies']['retrieve']>>().toEqualTypeOf<m.CompanyProfile>();
    expectTypeOf<Data<L['ats']['tests']['retrieveResult']>>().toEqualTypeOf<m.AtsTestAttemptResult>();
    expectTypeOf<Data<C['system']['health']>>().toEqualTypeOf<m.Health>();
    expectTypeOf<Data<C['locations']['zipCode']>>().toEqualTypeOf<m.ZipCodeLookup>();
    expectTypeOf<Data<C['disc']['patterns']>>().toEqualTypeOf<m.DiscPattern[]>();
    expectTypeOf<Data<C['scorecards']['list']>>().toEqualTypeOf<unknown>();
  });

  it('inputs are the documented interfaces, and routes are typed by operation id', () => {
    expectTypeOf<Parameters<C['careerPaths']['create']>[0]>().toEqualTypeOf<m.CareerPathCreateBody>();
    expectTypeOf<Parameters<C['teams']['update']>[1]>().toEqualTypeOf<m.TeamUpdateBody>();
    expectTypeOf<m.TeamUpdateBody>().toMatchTypeOf<m.TeamCreateBody>();
    expectTypeOf<Parameters<C['careerPaths']['list']>[0]>().toEqualTypeOf<m.CareerPathListQuery | undefined>();
    expectTypeOf<'careerPaths.list'>().toMatchTypeOf<m.CoodeshOperationId>();
    expectTypeOf<'careerPaths.lst'>().not.toMatchTypeOf<m.CoodeshOperationId>();
    expectTypeOf<{ 'careerPaths.list': 'GET /careers' }>().toMatchTypeOf<
      NonNullable<m.CoodeshClientOptions['routes']>
    >();
  });

  it('return types say what a route needs: UnconfirmedRoute, LostRoute, or the promise itself', () => {
    expectTypeOf<ReturnType<C['careerPaths']['retrieve']>>().toEqualTypeOf<
      m.UnconfirmedRoute<APIPromise<m.CareerPath>>
    >();
    expectTypeOf<ReturnType<C['careerPaths']['list']>>().toEqualTypeOf<
      m.UnconfirmedRoute<PagePromise<m.PageEnvelope<m.CareerPathListItem>, m.CareerPathListItem>>
    >();
    expectTypeOf<ReturnType<C['companies']['stats']>>().toEqualTypeOf<m.UnconfirmedRoute<APIPromise<m.PartnerStats>>>();
    expectTypeOf<ReturnType<L['careerPaths']['archive']>>().toEqualTypeOf<m.LostRoute<APIPromise<unknown>>>();
    expectTypeOf<ReturnType<C['jobs']['retrieve']>>().toEqualTypeOf<APIPromise<m.Job>>();
    expectTypeOf<m.UnconfirmedRoute<APIPromise<m.Job>>>().not.toEqualTypeOf<m.LostRoute<APIPromise<m.Job>>>();
  });

  it('an undocumented answer is unknown, or the output of the responseSchema passed', () => {
    // Calls typed, never made: the return types are what is checked.
    const _untyped = (client: C) => client.teams.update('t', { name: 'x' } as never);
    const _typed = (client: C, schema: z.ZodType<{ ok: boolean }>) =>
      client.teams.update('t', { name: 'x' } as never, { responseSchema: schema });
    expectTypeOf<Awaited<ReturnType<typeof _untyped>>>().toEqualTypeOf<unknown>();
    expectTypeOf<Awaited<ReturnType<typeof _typed>>>().toEqualTypeOf<{ ok: boolean }>();
    expectTypeOf<Parameters<C['system']['health']>[0]>().toEqualTypeOf<m.CoodeshRequestOptions | undefined>();
  });
});
