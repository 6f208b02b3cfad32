import type { ResponseContext } from '@hr/core/internal';
import { classifyMokaAuthFailure } from './auth-failure.js';
import { mokaBody, mokaMessage } from './failure-body.js';

/**
 * Moka documents that listing a stage with no candidate "prompts a server exception" (`GET
 * /data/ehrApplications`, "If there is no candidate in the current search stage, a server exception
 * will be prompted"; Chinese docs: "会提示服务器异常"). Published clients read that HTTP 500 as an empty
 * list (mingyangsun-sketch/moka-mcpserver `errors.py` `MokaEmptyStageError`; a published TA-assistant
 * Moka reference: `"服务器异常" ... 捕获后返回空列表`). The wording is all the docs give, so the answer is
 * recognised by it: HTTP 500, a JSON body that is not a refused credential, whose message says
 * "server exception" (English or Chinese). Any other 500 stays a failure.
 */
const EMPTY_STAGE_MESSAGE = /server exception|服务器异常/i;

/** The operations that list a stage and answer an empty one with that 500. */
export const EMPTY_STAGE_OPERATIONS: ReadonlySet<string> = new Set(['candidates.list']);

/** Whether a response is Moka's documented answer for a stage with no candidate. */
export function isEmptyStageAnswer(ctx: Pick<ResponseContext, 'status' | 'json'>): boolean {
  if (ctx.status !== 500 || typeof ctx.json !== 'object' || ctx.json === null) return false;
  if (classifyMokaAuthFailure(ctx)) return false;
  const message = mokaMessage(mokaBody(ctx.json));
  return message !== undefined && EMPTY_STAGE_MESSAGE.test(message);
}

/** What the failure of a stage listing says when its 500 is not the documented empty-stage answer. */
export const NOT_EMPTY_STAGE_HINT =
  'Moka documents HTTP 500 "server exception" for a stage with no candidate; this 500 says something else, so it is a server failure';
