/**
 * The hand-made part of the generator's input: what the catalogue cannot say by itself. Operation
 * ids (`<resource>.<method>`) for every catalogue number, the names of the models the responses
 * become, resource classes and their descriptions, and the few fixes where the catalogue is
 * irregular. Everything else (parameters, bodies, rules, examples, routes) comes from
 * `catalogue/coodesh-operations.json`.
 */

/** One catalogue operation as the SDK names it. */
export interface ManifestOperation {
  /** `<resource>[.<child>].<method>`. */
  id: string;
  /**
   * The model the response becomes: for page/offset envelopes the item model, for arrays the element
   * model. A shared model (see SHARED_MODELS) or one generated from the example under this name.
   */
  response?: string;
  /** Name of the body model (default `<Noun><Method>Body`, shared shapes are detected). */
  body?: string;
  /** Name of the query model (default `<Noun><Method>Query`). */
  query?: string;
  /** A sentence added to the method's JSDoc (a rule or a caveat from the catalogue's notes). */
  note?: string;
  /** The method is written by hand in a part-1 resource file (its models and its table entry are generated). */
  hand?: true;
  /** The file part of a multipart body: required for every operation the catalogue documents as multipart/form-data. */
  upload?: UploadField;
}

/** A file part the reference does not list (its multipart bodies show only their text fields). */
export interface UploadField {
  /** The part's name. */
  name: string;
  /** Its JSDoc: what the file is, and what the reference leaves unsaid (the name, any size or type limit). */
  doc: string;
}

/**
 * An operation of part 1: its method and its models are written by hand (src/resources, src/models);
 * its table entry is generated from the route the catalogue gives and the hand-written models named here.
 */
export interface HandOperation {
  /** `<resource>[.<child>].<method>`. */
  id: string;
  /** The hand-written query model (its schema is `<name>Schema`). */
  query?: string;
  /** The hand-written body model. */
  body?: string;
  /** The hand-written response model; for envelopes and arrays, the item model. Absent: undocumented (`unknown`). */
  response?: string;
  /** How the response wraps `response`: a page envelope, an offset envelope or a bare array. */
  envelope?: 'page' | 'offset' | 'array';
  /** A public route: the API key is not sent. */
  public?: true;
  /** Arrays in the query are comma-separated (WordPress). */
  commaArrays?: true;
}

/** Operations of part 1 (hand-written resources and models). */
export const PART_ONE: Record<number, HandOperation> = {
  1: { id: 'auth.validate', response: 'ApiKeyInfo' },
  2: { id: 'auth.resetPassword', body: 'ResetPasswordBody', response: 'UserMessageResult' },
  3: { id: 'auth.connect', body: 'EmailBody', response: 'ConnectResult' },
  4: { id: 'auth.signin', body: 'SigninBody', response: 'AuthResult' },
  5: { id: 'auth.signup', body: 'SignupBody', response: 'AuthResult' },
  6: { id: 'auth.retrieveInvite', response: 'WorkspaceInvite' },
  7: { id: 'auth.acceptInvite', body: 'AcceptInviteBody', response: 'AuthResult' },
  8: { id: 'auth.forgotPassword', body: 'EmailBody', response: 'MessageResult' },
  9: { id: 'auth.facebook', body: 'OAuthBody', response: 'AuthResult' },
  10: { id: 'auth.google', body: 'OAuthBody', response: 'AuthResult' },
  11: { id: 'auth.github', body: 'OAuthBody', response: 'AuthResult' },
  12: { id: 'auth.linkedin', body: 'OAuthBody', response: 'AuthResult' },
  13: { id: 'auth.saml', body: 'SamlBody' },
  14: { id: 'auth.samlCallback', body: 'SamlCallbackBody' },
  15: { id: 'auth.resendConfirmation', body: 'EmailBody' },
  16: { id: 'auth.confirm', response: 'UserMessageResult' },
  22: { id: 'fields.jobs', response: 'JobFieldLabels' },
  23: { id: 'jobs.listV1', query: 'JobListQuery', response: 'JobCard', envelope: 'page' },
  24: { id: 'jobs.list', query: 'JobListQuery', response: 'JobCard', envelope: 'page' },
  25: { id: 'jobs.searchFields', response: 'JobSearchFields' },
  26: { id: 'jobs.retrieve', response: 'Job' },
  27: { id: 'jobs.related', query: 'JobListQuery', response: 'JobCard', envelope: 'page' },
  28: { id: 'jobs.apply', body: 'ApplyToJobBody', response: 'JobApplication' },
  29: { id: 'companies.jobs', query: 'JobListQuery', response: 'JobCard', envelope: 'page' },
  30: { id: 'fields.applications', response: 'ApplicationFieldLabels' },
  250: { id: 'ats.assessments.list', query: 'AtsAssessmentsQuery', response: 'AtsAssessment', envelope: 'offset' },
  251: { id: 'ats.attempts.retrieve', response: 'AtsAttemptResult' },
  252: { id: 'ats.attempts.create', body: 'AtsCreateAttemptBody', response: 'AtsCreateAttemptResult' },
  266: {
    id: 'blog.posts.list',
    query: 'WpListQuery',
    response: 'WpPost',
    envelope: 'array',
    public: true,
    commaArrays: true,
  },
  267: {
    id: 'blog.categories.list',
    query: 'WpListQuery',
    response: 'WpCategory',
    envelope: 'array',
    public: true,
    commaArrays: true,
  },
};

/** The note of the operations named after the catalogue's guess at their purpose. */
const GUESSED_NAME =
  "The method's name follows that guess: check the purpose in Coodesh's live reference before relying on it.";

/**
 * What the reference leaves unsaid about the file part of its multipart bodies. `file` is the name
 * NestJS's file-upload guide gives its upload field (`FileInterceptor('file')`); Coodesh's own name
 * is not documented.
 */
const UNLISTED_FILE =
  "The reference does not list the file part: its name `file` is this SDK's choice (the name NestJS's upload " +
  'guide uses, https://docs.nestjs.com/techniques/file-upload), and no size or type limit is documented, so none ' +
  'is checked (pass `maxBytes` to `fileFrom()` for a limit of your own).';

/** The file part of the chunked answer uploads (n 116, 136). */
const CHUNK_FILE: UploadField = {
  name: 'file',
  doc: `The chunk's bytes, sent as the \`file\` part (build it with \`fileFrom()\`). ${UNLISTED_FILE}`,
};

/** The note of the chunked answer uploads (n 116, 136). */
const CHUNK_UPLOAD_NOTE =
  'The chunk (`file`, built with `fileFrom()`) and the listed fields are sent as the parts of a multipart/form-data ' +
  'body; the reference does not list the file part (see `ChunkUploadBody.file`).';

/** Every other catalogue operation. Duplicates (`duplicateOf` in the catalogue) map to their original. */
export const OPERATIONS: Record<number, ManifestOperation> = {
  // companies (hand-written beside part 1's `companies.jobs`)
  17: { id: 'companies.retrieve', response: 'CompanyProfile', hand: true },
  18: { id: 'companies.options', response: 'CompanyOption', hand: true },
  19: { id: 'companies.retrieveRecord', response: 'Company', hand: true },
  20: { id: 'companies.stats', response: 'PartnerStats', hand: true },
  182: { id: 'companies.createLead', body: 'CompanyLeadBody', hand: true },
  // webhooks
  21: { id: 'webhooks.assessmentEvent', body: 'AssessmentEventBody' },
  // locations
  31: { id: 'locations.cities', response: 'CityOption' },
  264: { id: 'locations.zipCode', response: 'ZipCodeLookup' },
  265: { id: 'locations.timezone', response: 'EmptyResult' },
  // talents
  32: { id: 'talents.register', response: 'TalentRegistrationResult', body: 'TalentRegistrationBody' },
  // career paths
  33: { id: 'careerPaths.list', response: 'CareerPathListItem' },
  34: { id: 'careerPaths.create' },
  35: { id: 'careerPaths.deleteMany' },
  36: { id: 'careerPaths.archive', note: GUESSED_NAME },
  37: { id: 'careerPaths.unarchive', note: GUESSED_NAME },
  38: { id: 'careerPaths.duplicate' },
  39: { id: 'careerPaths.authors', response: 'Option' },
  40: { id: 'careerPaths.metrics', response: 'CareerMetrics' },
  41: { id: 'careerPaths.retrieve', response: 'CareerPath' },
  42: { id: 'careerPaths.update' },
  43: { id: 'careerPaths.translate' },
  44: { id: 'careerPaths.tracks.translate' },
  45: {
    id: 'careerPaths.positions.translate',
    note: 'The catalogue lists the parameters as id, positionId, trackId; the order in the path is a guess.',
  },
  46: { id: 'careerPaths.categories.translate' },
  47: { id: 'careerPaths.structure', response: 'CareerStructure' },
  48: { id: 'careerPaths.tracks.list', response: 'CareerTracksOverview' },
  49: { id: 'careerPaths.reorder', body: 'CareerOrderingBody' },
  50: { id: 'careerPaths.positions.listUsers', response: 'UserReference' },
  51: { id: 'careerPaths.positions.addUsers' },
  52: { id: 'careerPaths.users.list', response: 'CareerUser' },
  53: { id: 'careerPaths.users.retrieve', response: 'CareerUser' },
  54: { id: 'careerPaths.users.removeMany', note: GUESSED_NAME },
  55: { id: 'careerPaths.tracks.create' },
  56: { id: 'careerPaths.tracks.deleteMany' },
  57: { id: 'careerPaths.tracks.retrieve', response: 'CareerTrack' },
  58: { id: 'careerPaths.tracks.update' },
  59: { id: 'careerPaths.positions.create' },
  60: { id: 'careerPaths.positions.deleteMany' },
  61: { id: 'careerPaths.positions.retrieve', response: 'CareerPositionResult' },
  62: {
    id: 'careerPaths.positions.update',
    note: 'The salary example uses `from`/`to` while position responses use `min`/`max`.',
  },
  63: { id: 'careerPaths.categories.create' },
  64: { id: 'careerPaths.categories.deleteMany' },
  65: { id: 'careerPaths.categories.retrieve', response: 'CareerCategory' },
  66: { id: 'careerPaths.categories.update' },
  67: { id: 'careerPaths.categories.replaceSkills' },
  68: { id: 'careerPaths.categories.modifySkills', note: GUESSED_NAME },
  69: { id: 'careerPaths.requirements.create' },
  70: { id: 'careerPaths.requirements.deleteMany' },
  71: { id: 'careerPaths.requirements.update' },
  72: { id: 'careerPaths.stringList', response: 'string' },
  73: { id: 'careerPaths.idsAction' },
  74: { id: 'careerPaths.skills', response: 'CareerSkillsResult' },
  75: { id: 'careerPaths.operation75' },
  76: { id: 'careerPaths.exportRows', response: 'CareerPathExportRow' },
  77: { id: 'careerPaths.export', response: 'ExportFile' },
  // applications
  78: { id: 'applications.searchFields', response: 'CandidateSearchFields' },
  79: { id: 'applications.inviteFields', response: 'InviteTemplateFields' },
  // disc
  80: { id: 'disc.personalities', response: 'DiscPersonality' },
  81: { id: 'disc.patterns', response: 'DiscPattern' },
  // assessments
  82: { id: 'assessments.list', response: 'AssessmentListItem' },
  83: { id: 'assessments.deleteMany' },
  84: { id: 'assessments.archive', note: GUESSED_NAME },
  85: { id: 'assessments.unarchive', note: GUESSED_NAME },
  86: { id: 'assessments.update' },
  87: { id: 'assessments.participants', response: 'AssessmentParticipant' },
  88: { id: 'assessments.duplicate' },
  89: { id: 'assessments.metrics', response: 'AssessmentMetrics' },
  90: { id: 'assessments.retrieveMetrics', response: 'AssessmentMetrics' },
  93: { id: 'assessments.invite', response: 'EmptyResult' },
  94: { id: 'assessments.report', body: 'DateRangeActionBody' },
  95: { id: 'assessments.authors', response: 'Option' },
  96: { id: 'assessments.skills', response: 'Option' },
  97: { id: 'assessments.options', response: 'NamedReference' },
  122: { id: 'assessments.relatedItems', response: 'NamedReference' },
  // assessment attempts
  91: { id: 'attempts.retrieve', response: 'AttemptResult' },
  92: {
    id: 'attempts.retrieveAlternate',
    response: 'AttemptResult',
    note: 'Documented twice in a row with `attempts.retrieve` (probably two routes to one handler).',
  },
  98: { id: 'attempts.list', response: 'AttemptListItem' },
  99: { id: 'attempts.facets', response: 'Option' },
  100: { id: 'attempts.deleteMany', note: 'Company admins may only delete attempts they own.' },
  101: { id: 'attempts.invite', body: 'AttemptsInviteBody' },
  102: { id: 'attempts.operation102', response: 'EmptyResult' },
  103: { id: 'attempts.recalculate' },
  104: { id: 'attempts.reopen', body: 'AttemptsReopenBody' },
  105: { id: 'attempts.sendResults' },
  106: { id: 'attempts.updateMany', body: 'AttemptsUpdateBody' },
  107: {
    id: 'attempts.listOfAssessment',
    response: 'AttemptListItem',
    note: 'The reference shows `docs` without paging metadata.',
  },
  108: { id: 'attempts.lookup', response: 'object' },
  109: { id: 'attempts.closeExpired', note: 'Super-admin only.' },
  110: { id: 'attempts.listForAssessment', response: 'AttemptListItem' },
  111: { id: 'attempts.operation111' },
  112: { id: 'attempts.operation112' },
  113: { id: 'attempts.recommendations', response: 'AttemptRecommendations' },
  114: { id: 'attempts.reviewAnswer', response: 'EmptyResult', body: 'AnswerReviewBody' },
  115: { id: 'attempts.operation115' },
  116: {
    id: 'attempts.uploadRecordingChunk',
    response: 'EmptyResult',
    body: 'ChunkUploadBody',
    note: CHUNK_UPLOAD_NOTE,
    upload: CHUNK_FILE,
  },
  117: { id: 'attempts.operation117' },
  118: { id: 'attempts.operation118' },
  119: { id: 'attempts.operation119', query: 'TypeQuery' },
  124: { id: 'attempts.operation124' },
  125: { id: 'attempts.operation125' },
  127: { id: 'attempts.operation127', response: 'EmptyResult' },
  128: { id: 'attempts.operation128' },
  129: { id: 'attempts.start' },
  130: { id: 'attempts.operation130' },
  131: { id: 'attempts.uploadEvents', note: 'No body schema is documented; this SDK sends the header without a body.' },
  135: { id: 'attempts.operation135', response: 'EmptyResult' },
  136: {
    id: 'attempts.uploadAnswerChunk',
    response: 'EmptyResult',
    body: 'ChunkUploadBody',
    note: CHUNK_UPLOAD_NOTE,
    upload: CHUNK_FILE,
  },
  137: { id: 'attempts.operation137', response: 'EmptyResult' },
  // taxonomy
  120: { id: 'taxonomy.terms', response: 'TaxonomyTerm' },
  // questions
  121: { id: 'questions.skills', response: 'SkillReference' },
  138: {
    id: 'questions.catalog',
    response: 'QuestionCatalogItem',
    note: 'The example items look like assessment question settings.',
  },
  139: { id: 'questions.operation139' },
  140: { id: 'questions.deleteMany' },
  141: { id: 'questions.retrieve', response: 'Question' },
  142: { id: 'questions.update' },
  143: { id: 'questions.retrieveBySlug', response: 'QuestionSummary' },
  144: {
    id: 'questions.list',
    response: 'QuestionCard',
    note: 'The reference marks `_id`, `skills`, `author` and `locale` as required, which is unusual for filters.',
  },
  145: {
    id: 'questions.library',
    response: 'LibraryQuestion',
    note: 'The example items (status `answered`, `is_correct`) look like answers rather than questions.',
  },
  146: { id: 'questions.operation146', response: 'string' },
  147: { id: 'questions.unarchive' },
  148: { id: 'questions.operation148' },
  149: { id: 'questions.generateStub', response: 'EmptyResult' },
  150: { id: 'questions.run' },
  151: { id: 'questions.authors', response: 'Option' },
  152: { id: 'questions.operation152' },
  153: { id: 'questions.operation153' },
  155: { id: 'questions.operation155' },
  156: { id: 'questions.operation156' },
  157: { id: 'questions.languages' },
  158: { id: 'questions.translate' },
  159: { id: 'questions.operation159' },
  160: { id: 'questions.runSql' },
  // recommendations (action plans)
  154: { id: 'recommendations.listForQuestion', response: 'QuestionRecommendation' },
  161: { id: 'recommendations.create', note: 'The reference example leaves out the required `url`.' },
  162: { id: 'recommendations.retrieve', response: 'ActionPlan' },
  163: { id: 'recommendations.update' },
  164: { id: 'recommendations.list', response: 'ActionPlanListItem' },
  165: { id: 'recommendations.linkToQuestion', note: GUESSED_NAME },
  166: { id: 'recommendations.unlinkFromQuestion', note: GUESSED_NAME },
  // datasets
  170: { id: 'datasets.list', response: 'object' },
  171: {
    id: 'datasets.create',
    note:
      'The database file (`file`, built with `fileFrom()`), `name` and `description` are sent as the parts of a ' +
      'multipart/form-data body; the reference does not list the file part (see `DatasetCreateBody.file`).',
    upload: {
      name: 'file',
      doc: `The database file, sent as the \`file\` part (build it with \`fileFrom()\`). ${UNLISTED_FILE}`,
    },
  },
  172: { id: 'datasets.retrieve', response: 'Dataset' },
  // teams (workforce planning)
  183: { id: 'teams.fields', response: 'TeamFields' },
  184: { id: 'teams.list', response: 'TeamListItem' },
  185: { id: 'teams.create' },
  186: { id: 'teams.deleteMany' },
  187: { id: 'teams.retrieve', response: 'Team' },
  188: { id: 'teams.update' },
  189: { id: 'teams.metrics', response: 'TeamMetrics' },
  190: { id: 'teams.archive', note: GUESSED_NAME },
  191: { id: 'teams.unarchive', note: GUESSED_NAME },
  192: { id: 'teams.duplicate' },
  193: { id: 'teams.matchTalents', response: 'TalentMatch' },
  194: { id: 'teams.addSkill', note: GUESSED_NAME },
  195: { id: 'teams.listUsers', response: 'TeamMember' },
  196: { id: 'teams.addUsers' },
  197: { id: 'teams.operation197' },
  198: { id: 'teams.removeUsers' },
  199: { id: 'teams.exportRows', response: 'TeamExportRow', query: 'StatusFilterQuery' },
  200: { id: 'teams.export', response: 'ExportFile' },
  245: { id: 'teams.retrieveTalent' },
  246: { id: 'teams.operation246' },
  // skills
  201: { id: 'skills.list', response: 'SkillListItem' },
  202: { id: 'skills.listVariants', response: 'SkillListItem' },
  203: { id: 'skills.retrieve', response: 'SkillVariant' },
  204: { id: 'skills.update' },
  205: { id: 'skills.translate' },
  206: { id: 'skills.exportRows', response: 'SkillExportRow' },
  207: { id: 'skills.export', response: 'ExportFile' },
  // employees (workspace users)
  208: { id: 'employees.list', response: 'WorkspaceUserListItem', query: 'StatusFilterQuery' },
  209: { id: 'employees.createMany', response: 'CreatedWorkspaceUser' },
  210: { id: 'employees.removeMany' },
  211: { id: 'employees.retrieve', response: 'WorkspaceUser' },
  212: { id: 'employees.update' },
  213: { id: 'employees.remove', note: 'A DELETE with a JSON body.' },
  221: { id: 'employees.teams', response: 'UserTeam' },
  227: { id: 'employees.metrics', response: 'WorkspaceUserMetrics' },
  // subaccounts
  214: { id: 'subaccounts.list', response: 'SubaccountListItem' },
  215: { id: 'subaccounts.create', body: 'SubaccountBody' },
  216: { id: 'subaccounts.retrieve', response: 'Subaccount' },
  217: { id: 'subaccounts.update', response: 'SubaccountRedirect', body: 'SubaccountBody' },
  218: { id: 'subaccounts.delete' },
  219: { id: 'subaccounts.metrics', response: 'SubaccountMetrics' },
  220: { id: 'subaccounts.options', response: 'NamedReference' },
  // credits
  222: { id: 'credits.list', response: 'CreditEntry' },
  223: { id: 'credits.balance', response: 'CreditBalance' },
  224: { id: 'credits.fields', response: 'CreditFields' },
  225: { id: 'credits.authors', response: 'Option' },
  226: { id: 'credits.export', body: 'DateRangeActionBody' },
  // profiles
  228: { id: 'profiles.list', response: 'ProfileCompleteness', query: 'StatusFilterQuery' },
  229: { id: 'profiles.export' },
  230: { id: 'profiles.retrieve', response: 'Profile' },
  // scorecards (analyses)
  123: { id: 'scorecards.assessmentAutologin', body: 'AutologinBody' },
  126: { id: 'scorecards.generateAttempts', note: 'The workspace must have published teams.' },
  231: { id: 'scorecards.list' },
  232: { id: 'scorecards.operation232' },
  233: { id: 'scorecards.update' },
  234: { id: 'scorecards.listResults' },
  235: { id: 'scorecards.operation235' },
  236: { id: 'scorecards.retrieveResult' },
  237: { id: 'scorecards.submitResult' },
  238: { id: 'scorecards.operation238' },
  239: { id: 'scorecards.searchListing' },
  240: { id: 'scorecards.autologin', body: 'AutologinBody' },
  241: { id: 'scorecards.generate', response: 'object', body: 'GenerateAnalysesBody' },
  242: { id: 'scorecards.generateSelf', body: 'GenerateAnalysesBody' },
  243: { id: 'scorecards.operation243' },
  244: { id: 'scorecards.operation244' },
  247: { id: 'scorecards.operation247', query: 'TypeQuery' },
  248: { id: 'scorecards.operation248' },
  249: { id: 'scorecards.skills' },
  // certificates
  132: { id: 'certificates.retrieve', response: 'Certificate' },
  133: { id: 'certificates.download' },
  134: { id: 'certificates.retrieveAnswer', response: 'AnswerCertificate' },
  // ATS integration: the sync is hand-written beside part 1's ats.assessments / ats.attempts
  253: { id: 'ats.attempts.sync', response: 'MessageResult', body: 'AtsSyncBody', hand: true },
  254: { id: 'ats.tests.list', response: 'AtsTest' },
  255: { id: 'ats.tests.retrieveResult', response: 'AtsTestAttemptResult' },
  256: { id: 'ats.tests.createAttempt', response: 'AtsTestAttemptCreated', body: 'AtsTestAttemptBody' },
  257: { id: 'ats.invites.create', body: 'AtsInviteBody' },
  258: { id: 'ats.invites.retrieveAttempt', response: 'EmptyResult' },
  259: { id: 'ats.invites.listAssessments', response: 'EmptyResult' },
  // misc, system
  260: { id: 'misc.operation260' },
  261: { id: 'misc.operation261' },
  262: { id: 'misc.operation262' },
  263: { id: 'system.health', response: 'Health' },
};

/** A resource class: its file, class name, the noun naming its input models, and its description. */
export interface ResourceSpec {
  /** File name under src/resources and src/models. */
  file: string;
  /** Class name. */
  className: string;
  /** Singular noun prefixing generated input model names, e.g. `CareerPath` → `CareerPathCreateBody`. */
  noun: string;
  /** JSDoc of the class (and of the client property). */
  doc: string;
  /** Sub-resources, by property name. */
  children?: Record<string, Omit<ResourceSpec, 'file' | 'children'>>;
}

/** Resource classes by client property (`hand` groups are only listed for their models' files). */
export const RESOURCES: Record<string, ResourceSpec> = {
  companies: {
    file: 'companies',
    className: 'Companies',
    noun: 'Company',
    doc: 'Companies: public profiles, the back-office record, partner counters, leads and job cards.',
  },
  ats: {
    file: 'ats-variants',
    className: 'Ats',
    noun: 'Ats',
    doc: 'The ATS integration.',
    children: {
      attempts: {
        className: 'AtsAttempts',
        noun: 'AtsAttempt',
        doc: 'Attempts created and read by the ATS integration.',
      },
      tests: { className: 'AtsTests', noun: 'AtsTest', doc: 'The tests variant of the ATS integration.' },
      invites: { className: 'AtsInvites', noun: 'AtsInvite', doc: 'The invites variant of the ATS integration.' },
    },
  },
  webhooks: {
    file: 'webhooks',
    className: 'Webhooks',
    noun: 'Webhook',
    doc: "Coodesh's inbound webhook receiver (the route Coodesh documents for assessment-attempt events).",
  },
  locations: {
    file: 'locations',
    className: 'Locations',
    noun: 'Location',
    doc: 'Locations: city options, Brazilian postal codes (CEP) and time zones.',
  },
  talents: {
    file: 'talents',
    className: 'Talents',
    noun: 'Talent',
    doc: 'Talent pools and landing campaigns that candidates register in.',
  },
  careerPaths: {
    file: 'career-paths',
    className: 'CareerPaths',
    noun: 'CareerPath',
    doc: 'Career paths: their tracks, positions, categories, skill requirements and people. The reference\'s DTO texts call a career path a "team"; exports and user records call it a "career".',
    children: {
      tracks: { className: 'CareerPathTracks', noun: 'CareerTrack', doc: 'Tracks of a career path.' },
      positions: {
        className: 'CareerPathPositions',
        noun: 'CareerPosition',
        doc: 'Positions (levels within a track) of a career path, and the people assigned to them.',
      },
      categories: {
        className: 'CareerPathCategories',
        noun: 'CareerCategory',
        doc: 'Skill categories of a career path.',
      },
      requirements: {
        className: 'CareerPathRequirements',
        noun: 'CareerRequirement',
        doc: 'Skill requirements (position × skill variant × level) of a career path.',
      },
      users: { className: 'CareerPathUsers', noun: 'CareerUser', doc: 'People of a career path.' },
    },
  },
  applications: {
    file: 'applications',
    className: 'Applications',
    noun: 'Application',
    doc: 'Candidate applications: search filters and invitation template fields.',
  },
  disc: {
    file: 'disc',
    className: 'Disc',
    noun: 'Disc',
    doc: 'The DISC behavioural model: personality traits and result patterns.',
  },
  assessments: {
    file: 'assessments',
    className: 'Assessments',
    noun: 'Assessment',
    doc: 'Assessments: listing, editing, invitations, metrics and filter options.',
  },
  attempts: {
    file: 'attempts',
    className: 'Attempts',
    noun: 'Attempt',
    doc: 'Assessment attempts: results, listings, bulk actions (invite, reopen, recalculate, send results), answer reviews and uploads.',
  },
  taxonomy: { file: 'taxonomy', className: 'Taxonomy', noun: 'Taxonomy', doc: 'Taxonomy terms (skills, topics...).' },
  questions: {
    file: 'questions',
    className: 'Questions',
    noun: 'Question',
    doc: 'Questions and challenges: the catalogue, the library, editing, coding/SQL runs, stubs and translations.',
  },
  recommendations: {
    file: 'recommendations',
    className: 'Recommendations',
    noun: 'ActionPlan',
    doc: 'Action plans (recommendations such as courses) and their links to questions.',
  },
  datasets: { file: 'datasets', className: 'Datasets', noun: 'Dataset', doc: 'SQL datasets used by SQL questions.' },
  teams: {
    file: 'teams',
    className: 'Teams',
    noun: 'Team',
    doc: 'Teams (the reference also calls them workforce plannings): members, skills, talent matching, metrics and exports.',
  },
  skills: { file: 'skills', className: 'Skills', noun: 'Skill', doc: 'Skills and skill variants.' },
  employees: { file: 'employees', className: 'Employees', noun: 'Employee', doc: 'Workspace users (employees).' },
  subaccounts: {
    file: 'subaccounts',
    className: 'Subaccounts',
    noun: 'Subaccount',
    doc: 'Subaccounts (sub-workspaces).',
  },
  credits: {
    file: 'credits',
    className: 'Credits',
    noun: 'Credit',
    doc: 'Assessment credits: the ledger, the balance and exports.',
  },
  profiles: {
    file: 'profiles',
    className: 'Profiles',
    noun: 'Profile',
    doc: 'Professional profiles of workspace users and their completeness report.',
  },
  scorecards: {
    file: 'scorecards',
    className: 'Scorecards',
    noun: 'Scorecard',
    doc: 'Scorecards (the reference also calls them analyses, grouped in analysis plans): results, generation and auto-login links.',
  },
  certificates: {
    file: 'certificates',
    className: 'Certificates',
    noun: 'Certificate',
    doc: 'Assessment and answer certificates.',
  },
  misc: {
    file: 'misc',
    className: 'Misc',
    noun: 'Misc',
    doc: 'Operations the catalogue cannot attribute to any resource.',
  },
  system: { file: 'system', className: 'System', noun: 'System', doc: 'The API itself: its health check.' },
};

/** JSDoc of the models named in OPERATIONS (from the catalogue's model descriptions). */
export const MODEL_DOCS: Record<string, string> = {
  CompanyProfile: 'A public company page (`companies.retrieve`).',
  CompanyOption: 'A company option for pickers (`companies.options`): value (`_id`), label (name) and meta.',
  Company: 'The full company record, back-office view (`companies.retrieveRecord`).',
  PartnerStats: 'Counters of a partner (client company): jobs and teams (`companies.stats`).',
  CityOption: 'A city option (`locations.cities`).',
  ZipCodeLookup: 'A Brazilian postal-code (CEP) lookup (`locations.zipCode`).',
  TalentRegistrationResult:
    'The answer to a talent-pool registration; the reference shows the "already registered" case.',
  CareerPathListItem: 'A career path in lists (`careerPaths.list`).',
  CareerMetrics:
    'Career module counters (`careerPaths.metrics`): career paths (reported as "teams"), people and tracks.',
  CareerPath: 'One career path (`careerPaths.retrieve`).',
  CareerStructure: 'The full structure of a career path (`careerPaths.structure`).',
  CareerTracksOverview: 'Tracks with their positions across career paths (`careerPaths.tracks.list`).',
  CareerUser: 'A person within a career path (`careerPaths.users`).',
  CareerTrack: 'A track of a career path (`careerPaths.tracks.retrieve`).',
  CareerPositionResult: 'The answer of `careerPaths.positions.retrieve`: the position with its required skills.',
  CareerCategory: 'A skill category of a career path (`careerPaths.categories.retrieve`).',
  CareerSkillsResult: 'Skill variants grouped by category for a career (`careerPaths.skills`).',
  CareerPathExportRow: 'A flattened career-path row of the export view (`careerPaths.exportRows`).',
  CandidateSearchFields: 'Filter options (value/label lists) for searching candidates and applications.',
  InviteTemplateFields: 'Placeholders available in job-invitation message templates, with their meaning.',
  DiscPersonality: 'A DISC personality trait used in behavioural test questions.',
  DiscPattern: "A DISC result pattern with its descriptive texts (the reference's examples are in Portuguese).",
  AssessmentListItem: 'An assessment in lists (`assessments.list`).',
  AssessmentParticipant: 'A participant invited to an assessment.',
  AssessmentMetrics: 'Assessment usage metrics with a per-date time series.',
  AttemptResult: 'The detailed result of one attempt, for assessment managers.',
  AttemptListItem: 'An attempt in lists.',
  AttemptRecommendations: 'Learning recommendations (courses with skills) for an attempt.',
  TaxonomyTerm: 'A taxonomy term, e.g. a skill or a topic.',
  QuestionCatalogItem:
    'An item of the question catalogue search (the example looks like assessment question settings).',
  Question: 'A question or challenge document.',
  QuestionSummary: 'The public summary of a question (`questions.retrieveBySlug`).',
  QuestionCard: 'A question in management lists (`questions.list`).',
  LibraryQuestion: 'An item of the question library (the example looks like an answer: status, is_correct).',
  QuestionRecommendation: 'An action plan linked to a question.',
  ActionPlan: 'An action plan (a recommendation such as a course).',
  ActionPlanListItem: 'An action plan in lists (`recommendations.list`).',
  Dataset: 'A SQL dataset.',
  TeamFields: 'Status options for teams (`teams.fields`).',
  TeamListItem: 'A team in lists (`teams.list`).',
  Team: 'A team with its skill distribution (`teams.retrieve`).',
  TeamMetrics: 'Team counters (`teams.metrics`).',
  TalentMatch: 'A person matched by skills (`teams.matchTalents`).',
  TeamMember: 'A team member (`teams.listUsers`).',
  TeamExportRow: 'A flattened team row of the export view (`teams.exportRows`).',
  SkillListItem: 'A skill in lists.',
  SkillVariant: 'A skill variant with its levels (`skills.retrieve`).',
  SkillExportRow: 'A flattened skill row of the export view (`skills.exportRows`).',
  WorkspaceUserListItem: 'A workspace user (employee) in lists (`employees.list`).',
  CreatedWorkspaceUser: 'A workspace user created in bulk, with its invite token and link.',
  WorkspaceUser: 'One workspace user (employee), with permissions (`employees.retrieve`).',
  UserTeam: 'A team a user belongs to (`employees.teams`).',
  WorkspaceUserMetrics: 'Workspace user counters (`employees.metrics`).',
  SubaccountListItem: 'A subaccount in lists (`subaccounts.list`).',
  Subaccount: 'A subaccount (sub-workspace) with its users (`subaccounts.retrieve`).',
  SubaccountRedirect: 'The answer of `subaccounts.update`: a dashboard path to go to.',
  SubaccountMetrics: 'Content counters of a subaccount (`subaccounts.metrics`).',
  CreditEntry: 'A credit ledger entry (`credits.list`).',
  CreditBalance: 'The credit balance summary (`credits.balance`).',
  CreditFields: 'Options for the credit filters: actions and types as value/label lists.',
  ProfileCompleteness: 'A row of the profile-completeness report (`profiles.list`).',
  Profile: "A user's full professional profile (`profiles.retrieve`).",
  Certificate: 'A public assessment certificate (`certificates.retrieve`).',
  AnswerCertificate: 'A certificate for a single answer (`certificates.retrieveAnswer`).',
  AtsTest: "A test of the ATS integration's tests variant (`ats.tests.list`).",
  AtsTestAttemptResult: "An attempt result of the ATS integration's tests variant (`ats.tests.retrieveResult`).",
  AtsTestAttemptCreated: 'The answer of `ats.tests.createAttempt`.',
  Health: 'The API health check: database and cache probes, server and API version.',
};

/** Names of nested models where the default (parent name + field) reads badly. Keys: `Model.field`. */
export const NESTED_NAMES: Record<string, string> = {
  'CareerPositionResult.position': 'CareerPosition',
  'CareerStructure.positions': 'CareerStructurePosition',
  'CareerStructure.tracks': 'CareerStructureTrack',
  'CareerStructure.categories': 'CareerStructureCategory',
  'CareerStructure.skill_variants': 'CareerSkillVariant',
  'CareerSkillVariant.levels': 'SkillLevel',
  'CareerSkillVariant.skill': 'SkillDetails',
  'SkillVariant.skill': 'SkillDetails',
  'SkillVariant.levels': 'SkillLevel',
  'QuestionSummary.topics': 'TaxonomyTerm',
  'QuestionSummary.question_domains': 'TaxonomyTerm',
  'AtsTestAttemptResult.results': 'AtsTestScore',
  'AttemptResult.answers': 'AttemptAnswer',
  'AttemptAnswer.question': 'AttemptAnswerQuestion',
  'Question.locale': 'QuestionLocale',
  'QuestionCard.locale': 'QuestionLocale',
  'QuestionSummary.locale': 'QuestionLocale',
  'Team.distribution': 'TeamDistribution',
  'TeamDistribution.arrangement': 'TeamArrangement',
  'TeamArrangement.skills': 'TeamSkillLevel',
  'Health.mongo': 'HealthProbe',
  'Health.redis': 'HealthProbe',
  'CareerPosition.skills': 'CareerPositionSkill',
  'CareerPositionSkill.skill': 'SkillDetails',
  'CareerPositionSkill.skill_level': 'SkillLevel',
  'CareerPositionSkill.requirement': 'CareerRequirement',
  'CareerStructure.requirements': 'CareerRequirement',
  'Company.company_page': 'CompanyPageSettings',
  'CompanyProfile.image': 'ImageReference',
  'CompanyProfile.cover_image': 'ImageReference',
  'Company.image': 'ImageReference',
  'Company.cover_image': 'ImageReference',
  'CreditBalance.hard_skills': 'CreditBucket',
  'CreditBalance.soft_skills': 'CreditBucket',
  'AtsTestScore.other_informations': 'AtsTestScoreDetails',
  'AssessmentMetrics.metrics': 'AssessmentCounters',
  'AssessmentMetrics.graph': 'AssessmentMetricsPoint',
  'TeamMetrics.metrics': 'TeamCounters',
};

/** Response fields that are a shared model wherever they appear, even when the example is an empty `{ }`. */
export const FIELD_MODELS: Record<string, string> = {
  translated_content: 'TranslatedContent',
  whitelabel: 'Whitelabel',
};

/**
 * Enumerations the catalogue documents for response fields (from the input tables of the same
 * resource), typed as open enums. Keys: `Model.field`; values: the name of a constant in
 * src/models/enums.ts or a part-1 model file.
 */
export const RESPONSE_ENUMS: Record<string, string> = {
  'CareerPath.status': 'CONTENT_STATUSES',
  'CareerPathListItem.status': 'CONTENT_STATUSES',
  'TeamListItem.status': 'CONTENT_STATUSES',
  'Team.status': 'CONTENT_STATUSES',
  'AssessmentListItem.status': 'CONTENT_STATUSES',
  'AttemptListItem.status': 'ATTEMPT_STATUSES',
  'AttemptListItem.stage': 'ATTEMPT_STAGES',
  'AttemptResult.status': 'ATTEMPT_STATUSES',
  'AttemptResult.stage': 'ATTEMPT_STAGES',
  'Question.type': 'QUESTION_TYPES',
  'Question.level': 'ASSESSMENT_LEVELS',
  'QuestionCard.type': 'QUESTION_TYPES',
  'QuestionCard.level': 'ASSESSMENT_LEVELS',
};
