import { DOC_EXAMPLE_CANDIDATE_PAGE } from './doc-example.js';

/** Sections Moka documents that its example leaves out, so sandbox candidates carry the full schema. */
const DOCUMENTED_SECTIONS: Record<string, unknown> = {
  prefixPhone: '+86',
  created_at: '2024-01-02T03:04:05.000Z',
  location: 'Beijing',
  sourceList: [
    { name: 'Other source', isBuiltin: true },
    { id: 4, name: 'Historical source', isBuiltin: true },
  ],
  projectInfo: [
    {
      startDate: '2019-01',
      endDate: '2020-06',
      projectName: 'Payroll',
      title: 'Lead',
      projectDescript: 'Payroll rewrite',
      responsibilities: 'Backend',
      now: false,
    },
  ],
  practiceInfo: [{ startDate: '2017-07', endDate: '2017-09', company: 'Acme', title: 'Intern' }],
  languageInfo: [{ language: 'English', level: 'CET-6', listenAndSpeak: 'Fluent', readAndWrite: 'Fluent' }],
  jobAssistants: [{ name: 'Assistant', phone: '17600000001', email: 'assistant@example.com', employeeId: '02' }],
  owners: { name: 'Owner', phone: '17600000002', email: 'owner@example.com', employeeId: '03' },
  label: [{ id: 1, label: 'priority' }],
  remarks: [
    {
      creator: { name: 'HR', phone: null, email: 'hr@example.com', number: '9' },
      content: 'Strong',
      targets: [],
      is_private: 0,
      type: 'manual',
      created_at: '2024-01-03T00:00:00.000Z',
    },
  ],
  interviewers: [
    {
      name: 'Interviewer',
      email: 'interviewer@example.com',
      phone: '17600000003',
      id: 11,
      groupId: 'g-1',
      attendStatus: 'Accepted',
      cancelReason: null,
      participated: 'Feedback filled',
      status: 'Finished',
      round: 1,
      roundName: '1st round',
      roundOtherName: { en: 'First round' },
      startTime: '2024-01-04T02:00:00.000Z',
      createdAt: '2024-01-03T02:00:00.000Z',
      locationCountry: 'China',
      locationCityId: 1,
      locationAddress: 'Room 1',
      result: 3,
      resultName: 'Satisfied',
      resultType: 1,
      feedback: 'Good',
      resultTime: '2024-01-04T03:00:00.000Z',
      feedbackTemplateResult: [
        {
          type: 1,
          title: 'Skills',
          description: 'Rate',
          result: 4,
          calcScoreType: 'avg',
          scoreType: 5,
          needReason: 'false',
          subjects: [{ type: 1, title: 'Coding', description: '', result: 4, reason: 'solid', options: null }],
        },
        {
          type: 4,
          title: 'Strengths',
          description: '',
          result: null,
          subjects: [
            { type: 4, title: 'Pick', description: '', result: [1, 2], reason: null, options: ['a', 'b', 'c'] },
          ],
        },
      ],
      satisfactionRecord: {
        sendTime: '2024-01-05T00:00:00.000Z',
        isAnonymous: true,
        content: '{"customFields":[],"essaySectionTitle":"Other comment","essayValue":"ok"}',
        satisfactionDimensions: [{ name: 'Interview process', value: 5 }],
      },
    },
  ],
  survey: [
    {
      name: 'Background check',
      date: '2024-01-06',
      result: 'pass',
      'survey AttachmentsUrl': 'https://cdn.example.com/pes.pdf',
      'survey AttachmentName': 'pes.pdf',
      'survey Attachments': [
        { 'survey AttachmentsUrl': 'https://cdn.example.com/pes.pdf', 'survey AttachmentName': 'pes.pdf' },
      ],
    },
  ],
  'customstyle Attachments': {
    type: 'doc',
    createTime: '2024-01-07T00:00:00.000Z',
    customFieldName: 'Form',
    url: 'https://cdn.example.com/form.doc',
  },
  ehrCustomFields: [{ name: 'Cost center', value: 42 }],
};

/** Overrides of a sandbox candidate (any wire field). */
export type CandidateOverrides = Record<string, unknown> & { applicationId?: number };

/** A full candidate record: Moka's second example candidate, the documented sections, then `overrides`. */
export function buildCandidate(applicationId: number, overrides: CandidateOverrides = {}): Record<string, unknown> {
  const template = structuredClone(DOC_EXAMPLE_CANDIDATE_PAGE.data[1]!);
  return {
    ...template,
    ...structuredClone(DOCUMENTED_SECTIONS),
    applicationId,
    candidateId: 28_000_000 + applicationId,
    name: `Candidate ${applicationId}`,
    email: `candidate${applicationId}@example.com`,
    phone: `1760${String(applicationId).padStart(7, '0').slice(-7)}`,
    ...overrides,
  };
}
