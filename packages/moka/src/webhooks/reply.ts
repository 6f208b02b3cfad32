import { HRError } from '@hr/core';

/**
 * Where Moka sends the HR user who triggered the push, after a success (RESTful receivers only): Moka
 * opens `pcUrl` or `mobileUrl` by the user's device. Moka's docs suggest links carrying a temporary
 * token so the user need not log in again.
 */
export interface MokaRedirectUrl {
  /** The page for a computer. */
  pcUrl?: string | undefined;
  /** The page for a phone. */
  mobileUrl?: string | undefined;
}

/** Options of {@link mokaWebhookReply}. */
export interface MokaWebhookReplyOptions {
  /** Send the HR user to your system after the push (e.g. the record the push created). */
  redirectUrl?: MokaRedirectUrl | undefined;
  /** A message for the `msg` field (Moka's interview-push reply table lists `code`, `msg` and `data`). */
  msg?: string | undefined;
}

/** An HTTP answer for Moka: write `status`, `headers` and `body` to your response. */
export interface MokaWebhookReply {
  /** HTTP status. */
  status: number;
  /** Response headers. */
  headers: { 'content-type': string };
  /** The JSON body, serialized. */
  body: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function checkUrl(name: string, value: unknown): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new HRError(`mokaWebhookReply: redirectUrl.${name} must be an absolute http(s) URL`);
}

/**
 * The reply Moka expects once a push is received and handled: HTTP 200 with `{ code: 0 }` ("返回2xx
 * 即可"; the interview pushes' reply table: `code` 0 is success), plus `redirectUrl: { pcUrl,
 * mobileUrl }` to send the HR user on to your system (ATS "主动推送说明(Webhooks)",
 * https://www.mokahr.com/docs/api/#webhooks, as quoted by fxp/skillify `skills/moka/references/webhooks.md`
 * §6; the docs' field table types `redirectUrl` as an array, their example is this object).
 *
 * ```ts
 * const reply = mokaWebhookReply({ redirectUrl: { pcUrl: `https://hr.example.com/hires/${id}` } });
 * res.writeHead(reply.status, reply.headers).end(reply.body);
 * ```
 *
 * @throws {@link index!HRError} when a `redirectUrl` is not an absolute http(s) URL, or has neither `pcUrl` nor
 * `mobileUrl`.
 */
export function mokaWebhookReply(options: MokaWebhookReplyOptions = {}): MokaWebhookReply {
  const { redirectUrl, msg } = options ?? {};
  const body: Record<string, unknown> = { code: 0 };
  if (msg !== undefined) body['msg'] = msg;
  if (redirectUrl !== undefined) {
    if (typeof redirectUrl !== 'object' || redirectUrl === null || (!redirectUrl.pcUrl && !redirectUrl.mobileUrl))
      throw new HRError('mokaWebhookReply: redirectUrl needs pcUrl or mobileUrl');
    checkUrl('pcUrl', redirectUrl.pcUrl);
    checkUrl('mobileUrl', redirectUrl.mobileUrl);
    body['redirectUrl'] = { ...redirectUrl };
  }
  return { status: 200, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(body) };
}

/**
 * A refusal of a push: a non-2xx status (400 by default) with `{ msg }`. Moka tells the HR user the
 * import failed and shows them the body, so write `msg` for a person (the docs' example:
 * `{"msg":"当前数据存在错误"}`, "the data has an error").
 *
 * @throws {@link index!HRError} when `status` is not 300–599 or `msg` is empty.
 */
export function mokaWebhookFailure(msg: string, status = 400): MokaWebhookReply {
  if (!Number.isInteger(status) || status < 300 || status > 599)
    throw new HRError(`mokaWebhookFailure: status must be a non-2xx HTTP status (300-599), got ${status}`);
  if (typeof msg !== 'string' || msg.trim() === '')
    throw new HRError('mokaWebhookFailure: msg must say what went wrong (Moka shows it to the HR user)');
  return { status, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify({ msg }) };
}
