/**
 * The names and files of the generated models (a choice of ours, not a fact of the manifest).
 * A model is named, in order: by ROOTS (an operation's body, query or response), by PATHS (the
 * manifest path where the structure first appears), or from the class the SDKs give it (CLASSES
 * renames some), or from its field name; an input model's derived name ends in `Input`.
 */

/** The root models of each operation part. */
export const ROOTS: Record<string, { name: string; doc: string }> = {
  'preHires.get:response': { name: 'GetPreHireResult', doc: "The answer of `preHires.get()` (the envelope's `data`)." },
  'preHires.list:response': { name: 'PreHireQueryPage', doc: "One page of `preHires.list()` (the envelope's `data`)." },
  'preHires.patch:body': {
    name: 'PatchPreHireBody',
    doc: 'The body of `preHires.patch()`: the fields to update (`onboarding_status` is required).',
  },
  'preHires.patch:response': {
    name: 'PatchPreHireResult',
    doc: "The answer of `preHires.patch()` (the envelope's `data`).",
  },
  'preHires.deleteV1:response': { name: 'EmptyResult', doc: 'An answer whose `data` carries nothing.' },
  'preHires.create:body': { name: 'CreatePreHireBody', doc: 'The body of `preHires.create()`.' },
  'preHires.create:response': {
    name: 'PreHireIdResult',
    doc: "The answer of `preHires.create()` and `preHires.patchV2()`: the pre-hire's ID.",
  },
  'preHires.query:body': { name: 'QueryPreHiresBody', doc: 'The body of `preHires.query()`.' },
  'preHires.query:query': {
    name: 'PreHireReadQuery',
    doc: 'The query parameters of "Query pre-hires" and "Search pre-hires".',
  },
  'preHires.query:response': {
    name: 'PreHireV2Page',
    doc: "One page of `preHires.query()` or `preHires.search()` (the envelope's `data`).",
  },
  'preHires.search:body': {
    name: 'SearchPreHiresBody',
    doc: 'The body of `preHires.search()`: filters (AND-ed) and the fields to return.',
  },
  'preHires.search:query': { name: 'PreHireReadQuery', doc: '' },
  'preHires.search:response': { name: 'PreHireV2Page', doc: '' },
  'preHires.patchV2:body': { name: 'PatchPreHireV2Body', doc: 'The body of `preHires.patchV2()`.' },
  'preHires.patchV2:response': { name: 'PreHireIdResult', doc: '' },
  'preHires.delete:response': { name: 'EmptyResult', doc: '' },
  'preHires.complete:response': {
    name: 'OnboardingActionResult',
    doc: 'The answer of the onboarding actions (complete, withdraw, restore, transit and transform a task).',
  },
  'preHires.withdrawOnboarding:body': {
    name: 'WithdrawOnboardingBody',
    doc: 'The body of `preHires.withdrawOnboarding()`.',
  },
  'preHires.withdrawOnboarding:response': { name: 'OnboardingActionResult', doc: '' },
  'preHires.restoreFlowInstance:body': {
    name: 'RestoreFlowInstanceBody',
    doc: 'The body of `preHires.restoreFlowInstance()`.',
  },
  'preHires.restoreFlowInstance:response': { name: 'OnboardingActionResult', doc: '' },
  'preHires.transitTask:body': { name: 'TransitTaskBody', doc: 'The body of `preHires.transitTask()`.' },
  'preHires.transitTask:response': { name: 'OnboardingActionResult', doc: '' },
  'preHires.transformOnboardingTask:body': {
    name: 'TransformOnboardingTaskBody',
    doc: 'The body of `preHires.transformOnboardingTask()`.',
  },
  'preHires.transformOnboardingTask:response': { name: 'OnboardingActionResult', doc: '' },
};

/** Names of nested models, by the manifest path where the structure first appears. */
export const PATHS: Record<string, string> = {
  'preHires.get:response.pre_hire': 'PreHire',
  'preHires.list:response.items': 'PreHireQuery',
  'preHires.list:response.items.work_email_list': 'WorkEmail',
  'preHires.patch:body.employee_type': 'EnumNameInput',
  'preHires.create:body.basic_info': 'CreatePreHireBasicInfo',
  'preHires.create:body.basic_info.name': 'PreHireNameInput',
  'preHires.create:body.offer_info': 'CreatePreHireOfferInfo',
  'preHires.query:response.items': 'PreHireV2',
  'preHires.query:response.items.person_info.address_list': 'PersonAddress',
  'preHires.query:response.items.person_info.email_list': 'PersonEmail',
  'preHires.query:response.items.person_info.phone_list': 'PersonPhone',
  'preHires.create:body.basic_info.tax_info_mys': 'TaxInfoMalaysiaInput',
  'preHires.query:response.items.person_info.tax_info_mys': 'TaxInfoMalaysia',
  'preHires.patchV2:body.basic_info_update': 'BasicInfoUpdate',
  'preHires.patchV2:body.offer_info_update': 'OfferInfoUpdate',
};

/** Friendlier names for some of the SDKs' class names. */
export const CLASSES: Record<string, string> = {
  ObjectFieldData: 'CustomField',
  Enum: 'EnumValue',
  I18n: 'I18nText',
  SupportCostCenterItem: 'CostCenterRate',
  JobDataCostCenter: 'CostCenterShare',
  CustomFieldData: 'CustomFieldValue',
  CustomName: 'CustomFieldName',
  PreHirePersonInfo: 'PersonInfo',
  PreHireEmploymentInfo: 'EmploymentInfo',
  PreHireOnboardingInfo: 'OnboardingInfo',
  PreHireProbationInfo: 'ProbationInfo',
  PreHireContractInfo: 'ContractInfo',
  PreHirePayGroupInfo: 'PayGroupInfo',
  PreHireAbnormalReason: 'AbnormalReason',
  PrehireSeniorityAdjustInformation: 'SeniorityAdjustment',
  PrehireSeniorityAdjustInformationQuery: 'SeniorityAdjustment',
  PrehireSeniorityAdjustInformationUpdate: 'SeniorityAdjustment',
  PrehireDefaultCostCenterUpdate: 'DefaultCostCenter',
  PreHireEmploymentInfoDefaultCostCenter: 'DefaultCostCenter',
  PreHireEmploymentInfoCostAllocation: 'CostAllocation',
  EducationInfo: 'Education',
};

/** Named constants for enums (generated/enums.ts), by the manifest path of the first field carrying them. */
export const ENUMS: Record<
  string,
  { name: string; type: string; doc: string; extra?: { values: string[]; source: string } }
> = {
  'preHires.search:body.onboarding_status': {
    name: 'ONBOARDING_STATUSES',
    type: 'OnboardingStatus',
    doc: 'Onboarding statuses: `preboarding` (to be onboarded), `day_one` (ready), `completed`, `withdrawn` and `deleted` (sent back to the offer stage).',
  },
  'preHires.search:body.rehire': {
    name: 'REHIRE_VALUES',
    type: 'RehireValue',
    doc: 'Whether a pre-hire is a rehire: `to_be_confirmed`, `no` or `yes`.',
  },
  'preHires.query:query.user_id_type': {
    name: 'USER_ID_TYPES',
    type: 'UserIdType',
    doc: 'How user IDs are written (`user_id_type`, default `open_id`).',
  },
  'preHires.query:query.department_id_type': {
    name: 'DEPARTMENT_ID_TYPES',
    type: 'DepartmentIdType',
    doc: 'How department IDs are written (`department_id_type`, default `open_department_id`).',
  },
  'preHires.query:response.items.onboarding_info.onboarding_task_list.task_status': {
    name: 'ONBOARDING_TASK_STATUSES',
    type: 'OnboardingTaskStatus',
    doc: 'Statuses of one onboarding task: `uninitialized`, `not_started`, `in_progress`, `in_review`, `rejected`, `failed`, `skipped` (automatically), `completed`, `exception`, `terminated`, `initiating`, `manual_skipped`.',
    extra: {
      values: ['manual_skipped'],
      source:
        'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transform_onboarding_task (the statuses listed under transform_type)',
    },
  },
};

/** The file (under src/generated/models) of the models first met under each path prefix; the longest prefix wins. */
export const FILES: [prefix: string, file: string][] = [
  ['preHires.get', 'v1'],
  ['preHires.list', 'v1'],
  ['preHires.patch:', 'v1'],
  ['preHires.deleteV1', 'v1'],
  ['preHires.create', 'create'],
  ['preHires.create:body.basic_info', 'person-input'],
  ['preHires.create:body.offer_info', 'offer-input'],
  ['preHires.patchV2', 'patch-v2'],
  ['preHires.query', 'pre-hire-v2'],
  ['preHires.query:response.items.person_info', 'person-info'],
  ['preHires.query:response.items.employment_info', 'employment-info'],
  ['preHires.query:response.items.onboarding_info', 'onboarding-info'],
  ['preHires.search', 'pre-hire-v2'],
  ['preHires.delete', 'actions'],
  ['preHires.complete', 'actions'],
  ['preHires.withdrawOnboarding', 'actions'],
  ['preHires.restoreFlowInstance', 'actions'],
  ['preHires.transitTask', 'actions'],
  ['preHires.transformOnboardingTask', 'actions'],
];

/**
 * Docs of shared models whose first appearance describes them too narrowly (a model shared by
 * many fields takes the doc of the field where it first appears), and of some of their fields.
 */
export const DOCS: Record<string, { doc: string; fields?: Record<string, string> }> = {
  EnumValue: { doc: 'An enum value as Feishu returns it: its machine name and its display names per language.' },
  I18nText: { doc: 'A text in one language.' },
  CustomField: { doc: "A custom field value (`object_field_data`): the field's name and its JSON-encoded value." },
  CustomFieldInput: {
    doc: 'A custom field to write: its name and its JSON-encoded value (`encodeCustomFieldValue()`).',
  },
  EnumNameInput: { doc: 'An enum value to write: its machine name (`enum_name`).' },
  CustomFieldValue: {
    doc: 'A custom field value as CoreHR v2 reads return it; read `value` with `decodeCustomFieldValue()`.',
  },
  OnboardingActionResult: {
    doc: 'The answer of the onboarding actions (complete, withdraw, restore, transit and transform a task).',
    fields: {
      success: 'Whether Feishu applied the action: `true` on success (a refusal comes as an error code).',
    },
  },
};
