/**
 * What Moka calls a success. Its endpoints answer in several envelopes: `{ success: true }` (v1
 * writes), `{ code: 0, msg }` (v1 `POST /departments`, OAuth2 `getToken`, v3 uploads and moves), and
 * `{ code: 200, msg: "success", data }` (v2 `POST /users/syncInfo`, v2 `GET /stage/getStagesList`, v3
 * `POST /data/getApplictaions`); some field tables say "200: success" where their examples show 0
 * (https://www.mokahr.com/docs/api/, as quoted by fxp/skillify `skills/moka/references/errors-and-limits.md`;
 * published clients accept both: mingyangsun-sketch/moka-mcpserver `errors.py` `_SUCCESS_CODES = {0, 200}`).
 */

/** The codes Moka uses for success, as numbers or strings. */
const SUCCESS_CODES = new Set(['0', '200']);

/** Whether `code` is one of Moka's success codes (0 or 200, number or string). */
export function isMokaSuccessCode(code: string | number): boolean {
  return SUCCESS_CODES.has(String(code).trim());
}

/**
 * Whether a parsed body says success: `success` is not false, and `code`, when present, is 0 or 200.
 * The HTTP status is judged separately.
 */
export function saysSuccess(body: Record<string, unknown>, code: string | number | undefined): boolean {
  return body['success'] !== false && (code === undefined || isMokaSuccessCode(code));
}
