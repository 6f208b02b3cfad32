/**
 * The pre-hire operations the package exposes, and where each official definition declares them.
 * `node` is the method of `client.corehr.<version>.preHire`; `java` and `go` the request class /
 * struct prefix (`<name>Req`); `pages` the FeishuNetSdk files carrying the page's field tables.
 */
export interface OperationSource {
  /** Our operation id: `preHires.<method>`. */
  id: string;
  version: 'v1' | 'v2';
  node: string;
  java?: string;
  go?: string;
  pages?: { body?: string; response?: string };
  /** The Feishu page of the operation. */
  page: string;
}

const V1 = 'src/FeishuPeople';
const V2 = 'src/Corehr';

export const OPERATION_SOURCES: OperationSource[] = [
  {
    id: 'preHires.get',
    version: 'v1',
    node: 'get',
    java: 'GetPreHire',
    go: 'GetPreHire',
    pages: { response: `${V1}/GetCorehrV1PreHiresByPreHireIdResponseDto.cs` },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/get',
  },
  {
    id: 'preHires.list',
    version: 'v1',
    node: 'list',
    java: 'ListPreHire',
    go: 'ListPreHire',
    pages: { response: `${V1}/GetCorehrV1PreHiresResponseDto.cs` },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/list',
  },
  {
    id: 'preHires.patch',
    version: 'v1',
    node: 'patch',
    java: 'PatchPreHire',
    go: 'PatchPreHire',
    pages: {
      body: `${V1}/PatchCorehrV1PreHiresByPreHireIdBodyDto.cs`,
      response: `${V1}/PatchCorehrV1PreHiresByPreHireIdResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/patch',
  },
  {
    id: 'preHires.deleteV1',
    version: 'v1',
    node: 'delete',
    java: 'DeletePreHire',
    go: 'DeletePreHire',
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/corehr-v1/pre_hire/delete',
  },
  {
    id: 'preHires.create',
    version: 'v2',
    node: 'create',
    java: 'CreatePreHire',
    go: 'CreatePreHire',
    pages: { body: `${V2}/PostCorehrV2PreHiresBodyDto.cs`, response: `${V2}/PostCorehrV2PreHiresResponseDto.cs` },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/create',
  },
  {
    id: 'preHires.query',
    version: 'v2',
    node: 'query',
    java: 'QueryPreHire',
    pages: {
      body: `${V2}/PostCorehrV2PreHiresQueryBodyDto.cs`,
      response: `${V2}/PostCorehrV2PreHiresQueryResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/query',
  },
  {
    id: 'preHires.search',
    version: 'v2',
    node: 'search',
    java: 'SearchPreHire',
    pages: {
      body: `${V2}/PostCorehrV2PreHiresSearchBodyDto.cs`,
      response: `${V2}/PostCorehrV2PreHiresSearchResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/search',
  },
  {
    id: 'preHires.patchV2',
    version: 'v2',
    node: 'patch',
    java: 'PatchPreHire',
    pages: {
      body: `${V2}/PatchCorehrV2PreHiresByPreHireIdBodyDto.cs`,
      response: `${V2}/PatchCorehrV2PreHiresByPreHireIdResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/patch',
  },
  {
    id: 'preHires.delete',
    version: 'v2',
    node: 'delete',
    java: 'DeletePreHire',
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/delete',
  },
  {
    id: 'preHires.complete',
    version: 'v2',
    node: 'complete',
    java: 'CompletePreHire',
    pages: { response: `${V2}/PostCorehrV2PreHiresByPreHireIdCompleteResponseDto.cs` },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/complete',
  },
  {
    id: 'preHires.withdrawOnboarding',
    version: 'v2',
    node: 'withdrawOnboarding',
    java: 'WithdrawOnboardingPreHire',
    pages: {
      body: `${V2}/PostCorehrV2PreHiresWithdrawOnboardingBodyDto.cs`,
      response: `${V2}/PostCorehrV2PreHiresWithdrawOnboardingResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/withdraw_onboarding',
  },
  {
    id: 'preHires.restoreFlowInstance',
    version: 'v2',
    node: 'restoreFlowInstance',
    java: 'RestoreFlowInstancePreHire',
    pages: {
      body: `${V2}/PostCorehrV2PreHiresRestoreFlowInstanceBodyDto.cs`,
      response: `${V2}/PostCorehrV2PreHiresRestoreFlowInstanceResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/restore_flow_instance',
  },
  {
    id: 'preHires.transitTask',
    version: 'v2',
    node: 'transitTask',
    java: 'TransitTaskPreHire',
    pages: {
      body: `${V2}/PostCorehrV2PreHiresByPreHireIdTransitTaskBodyDto.cs`,
      response: `${V2}/PostCorehrV2PreHiresByPreHireIdTransitTaskResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transit_task',
  },
  {
    id: 'preHires.transformOnboardingTask',
    version: 'v2',
    node: 'transformOnboardingTask',
    java: 'TransformOnboardingTaskPreHire',
    pages: {
      body: `${V2}/PostCorehrV2PreHiresTransformOnboardingTaskBodyDto.cs`,
      response: `${V2}/PostCorehrV2PreHiresTransformOnboardingTaskResponseDto.cs`,
    },
    page: 'https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/corehr-v2/pre_hire/transform_onboarding_task',
  },
];
