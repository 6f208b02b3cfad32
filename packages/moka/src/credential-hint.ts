/** Which credential a client sends: an API key (HTTP Basic) or an OAuth2 access token. */
export type MokaCredential = 'apiKey' | 'oauth';

/**
 * What to check when Moka refuses the credentials, naming the client setting. Moka's integration guide
 * ("Moka ATS标准交付集成开发方案", https://shimo.im/docs/RosVRgWWM7ILGTvV, FAQ "无法识别认证信息") says:
 * check that the API key is right, and that the test environment's key goes to the test host and the
 * production key to production. The OAuth2 client comes from the CSM too (`getToken` answers code
 * 110020 `unauthorized_client` for an unknown one).
 */
export function credentialHint(credential: MokaCredential): string {
  return credential === 'apiKey'
    ? 'Moka refused the credentials: check `apiKey` (the API key your Moka CSM issued; the test and production environments have different keys, so it must match the base URL)'
    : 'Moka refused the OAuth2 credentials: check `clientId` and `clientSecret` (the OAuth2 client your Moka CSM issued, for this environment)';
}

/** The client setting a refused credential points at. */
export function credentialSetting(credential: MokaCredential): string {
  return credential === 'apiKey' ? 'apiKey' : 'clientId';
}
