import { FeishuCoreHRClient } from '@hr/feishu-corehr';
import { type RunningFeishuSandbox, startFeishuSandbox } from '@hr/feishu-corehr/testing';
import { type ExampleTarget, realAccountNotice } from '../shared/live.js';

/**
 * A client and the pre-hire to update: the real API when FEISHU_APP_ID / FEISHU_APP_SECRET are set
 * (FEISHU_DOMAIN=lark for Lark, FEISHU_BASE_URL for another host), else the sandbox.
 */
export interface Connection extends ExampleTarget {
  client: FeishuCoreHRClient;
  /** The pre-hire the update example changes (FEISHU_PRE_HIRE_ID on the real API). */
  preHireId: string | undefined;
  target: string;
  /** The sandbox, when the examples run against it (undefined on the real API). */
  sandbox?: RunningFeishuSandbox | undefined;
  close(): Promise<void>;
}

export async function connect(): Promise<Connection> {
  const {
    FEISHU_APP_ID: appId,
    FEISHU_APP_SECRET: appSecret,
    FEISHU_DOMAIN: domain,
    FEISHU_BASE_URL: baseUrl,
    FEISHU_PRE_HIRE_ID: preHireId,
  } = process.env;
  if (appId && appSecret) {
    const client = new FeishuCoreHRClient({ appId, appSecret, baseUrl, domain: domain === 'lark' ? 'lark' : 'feishu' });
    console.log(realAccountNotice('Feishu CoreHR'));
    return { client, real: true, preHireId, target: `Feishu API ${client.baseUrl}`, close: async () => {} };
  }
  const sandbox = await startFeishuSandbox();
  const client = new FeishuCoreHRClient({
    appId: sandbox.appId,
    appSecret: sandbox.appSecret,
    baseUrl: sandbox.baseUrl,
  });
  return {
    client,
    real: false,
    preHireId: '7140964208476372',
    target: `sandbox ${sandbox.url}`,
    sandbox,
    close: () => sandbox.close(),
  };
}
