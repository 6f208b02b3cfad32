import type { AtsAssessment } from '../models/ats-assessment.js';
import type { Job } from '../models/job.js';
import type { WpCategory, WpPost } from '../models/blog.js';

const ROLES = [
  'Backend Node.js Developer',
  'Front-End React Developer',
  'Full-Stack TypeScript Developer',
  'Data Engineer',
  'DevOps Engineer',
  'Mobile Flutter Developer',
  'QA Analyst',
  'Go Developer',
];
const SKILLS = ['Node.js', 'React', 'TypeScript', 'Python', 'AWS', 'Flutter', 'Cypress', 'Go'];
const LEVELS = ['trainee', 'beginner', 'intermediary', 'specialist'] as const;
const LEVEL_LABELS: Record<string, string> = {
  trainee: 'Trainee',
  beginner: 'Junior',
  intermediary: 'Pleno',
  specialist: 'Senior',
};
const COMPANIES = [
  { _id: '64a000000000000000000001', company_name: 'Coodesh', slug: 'coodesh', 'address.city': 'Belo Horizonte' },
  { _id: '64a000000000000000000002', company_name: 'Acme Corp', slug: 'acme-corp', 'address.city': 'São Paulo' },
];

/** A 24-hex-digit id, like MongoDB's, derived from a prefix and a number. */
export function objectId(prefix: string, n: number): string {
  return (prefix + n.toString(16)).padStart(24, '0').slice(-24);
}

/** `count` published jobs with varied titles, skills, levels and companies. */
export function makeJobs(count: number): Job[] {
  return Array.from({ length: count }, (_, i) => {
    const level = LEVELS[i % LEVELS.length]!;
    const title = `${ROLES[i % ROLES.length]} #${i + 1}`;
    const skill = SKILLS[i % SKILLS.length]!;
    return {
      _id: objectId('6a0', i + 1),
      title,
      slug: `${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/-$/, '')}-${i + 1}`,
      description: `<p>${title}: build and run ${skill} services.</p>`,
      job_type: 'job',
      job_type_formatted: 'Job',
      type: i % 3 === 0 ? 'pj' : 'clt',
      type_formatted: i % 3 === 0 ? 'PJ' : 'CLT',
      level,
      level_formatted: LEVEL_LABELS[level],
      home_office: i % 2 === 0 ? 'integral' : 'partial',
      home_office_formatted: i % 2 === 0 ? 'Remote' : 'Hybrid',
      format: 'full_time',
      format_formatted: 'Full-time',
      application_type: 'coodesh',
      salary_scope: 'public',
      currency_salary: 'BRL',
      salary_range: { currency: 'BRL', min: 5000 + i * 100, max: 15000 + i * 100 },
      salary_range_formatted: `R$ ${5 + i * 0.1}k - R$ ${15 + i * 0.1}k`,
      other_cities: true,
      address: {
        city: 'Belo Horizonte',
        province: 'MG',
        country: 'BR',
        full_location: 'Belo Horizonte, MG, Brazil',
        location: { coordinates: [-43.9378, -19.9208], type: 'Point' },
      },
      company: COMPANIES[i % COMPANIES.length]!,
      skills: [{ _id: objectId('5k', (i % SKILLS.length) + 1), name: skill }],
      status: 'progress',
      status_formatted: 'In Progress',
      views: 100 + i,
      proposals_counter: i,
      publish_date: new Date(Date.UTC(2025, 2, 1 + (i % 28))).toISOString(),
      created: new Date(Date.UTC(2025, 1, 1 + (i % 28))).toISOString(),
      application: null,
    };
  });
}

/** The company slugs the generated jobs belong to. */
export const SANDBOX_COMPANY_SLUGS = COMPANIES.map((c) => c.slug);

/** `count` assessments for the ATS integration list. */
export function makeAssessments(count: number): AtsAssessment[] {
  return Array.from({ length: count }, (_, i) => ({
    assessment_id: objectId('65a', i + 1),
    name: `${['Backend Node.js', 'React', 'SQL', 'Python'][i % 4]} - ${String(i + 1).padStart(3, '0')}`,
    category: ['backend', 'frontend', 'data', 'backend'][i % 4],
    description: `Assessment ${i + 1} from the sandbox`,
    level: ['beginner', 'intermediate', 'advanced'][i % 3],
    level_formatted: ['Basic', 'Intermediate', 'Advanced'][i % 3],
    default_locale: 'pt',
    duration: '60',
    duration_unit: 'minute',
    questions: [{}],
  }));
}

/** Display labels of `GET /fields/jobs`. */
export const JOB_FIELD_LABELS = {
  type: { clt: 'CLT', pj: 'PJ', freelance: 'Freelance' },
  type_ordered: [{ clt: 'CLT' }, { pj: 'PJ' }, { freelance: 'Freelance' }],
  status: { created: 'Draft', progress: 'In Progress' },
  status_ordered: [{ created: 'Draft' }, { progress: 'In Progress' }],
  level: LEVEL_LABELS,
  level_ordered: LEVELS.map((l) => ({ [l]: LEVEL_LABELS[l]! })),
  looking_for: { backend: 'Back-End Developer', frontend: 'Front-End Developer' },
  looking_for_ordered: [{ backend: 'Back-End' }, { frontend: 'Front-End' }],
  job_type: { job: 'Job', pool: 'Talent Pool' },
  salary_scope: { public: 'Public', private: 'Private' },
  format: { full_time: 'Full-time', part_time: 'Part-time 4h' },
  format_ordered: [{ full_time: 'Full-time' }, { part_time: 'Part-time 4h' }],
  home_office: { integral: 'Remote', partial: 'Hybrid', none: 'On-site' },
  home_office_ordered: [{ integral: 'Remote' }, { partial: 'Hybrid' }, { none: 'On-site' }],
  escort: { '0': 'Flexible', '1': 'Moderate', '2': 'Restricted' },
  priority: { '1': 'Medium', '2': 'High' },
  application_type: { email: 'Receive in the platform', external_url: 'Redirect to external link' },
};

/** Display labels of `GET /fields/applications`. */
export const APPLICATION_FIELD_LABELS = {
  contact_preference: { whatsapp: 'WhatsApp', email: 'E-mail', phone: 'Phone' },
  status: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
  type: { organic: 'Organic', invited: 'Invited' },
  contract_type: { clt: 'CLT', pj: 'PJ' },
  disapproved_reasons: { no_fit: 'No fit for the role', salary: 'Salary expectation' },
  quit_reasons: { other_offer: 'Accepted another offer', no_interest: 'Lost interest' },
  quit_reasons_candidate: { slow_process: 'Slow process', no_feedback: 'No feedback' },
  format: { remote: 'Remote', onsite: 'On-site', hybrid: 'Hybrid' },
  frozen_statuses: ['approved', 'rejected'],
  challenge_presentation_type: { video: 'Video', live: 'Live presentation' },
  challenge_score: { passed: 'Passed', failed: 'Failed' },
  challenge_category: { frontend: 'Front-end', backend: 'Back-end' },
  home_office: { yes: 'Yes', no: 'No', partial: 'Partial' },
  home_office_ordered: [{ yes: 'Yes' }, { no: 'No' }],
  plan_ordered: [{ basic: 'Basic' }, { premium: 'Premium' }],
  plan: { placement_fee: { '10': '10%', '15': '15%', '20': '20%' } },
  assessment: { status: { completed: 'Completed', pending: 'Pending', expired: 'Expired' } },
  emails: { invitation: 'Invitation', feedback: 'Feedback' },
};

/** Blog categories served by the WordPress routes. */
export const BLOG_CATEGORIES: WpCategory[] = [
  {
    id: 3,
    count: 2,
    description: 'Articles about software engineering',
    name: 'Engineering',
    slug: 'engineering',
    taxonomy: 'category',
    parent: 0,
  },
  {
    id: 5,
    count: 1,
    description: 'Hiring tech talent',
    name: 'Hiring',
    slug: 'hiring',
    taxonomy: 'category',
    parent: 0,
  },
];

/** Blog posts served by the WordPress routes. */
export const BLOG_POSTS: WpPost[] = [
  ['how-to-use-nestjs', 'How to use NestJS', [3]],
  ['assessments-that-predict-performance', 'Assessments that predict performance', [5]],
  ['typescript-tips', 'TypeScript tips', [3]],
].map(([slug, title, categories], i) => ({
  id: 40 + i,
  date: `2024-06-1${i}T10:30:00`,
  slug: slug as string,
  status: 'publish',
  type: 'post',
  title: { rendered: title as string, protected: false },
  excerpt: { rendered: `<p>${title as string}</p>`, protected: false },
  content: { rendered: `<p>${title as string}: the full article.</p>`, protected: false },
  author: 1,
  featured_media: 128,
  categories: categories as number[],
  tags: [7],
}));
