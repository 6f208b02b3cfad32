/**
 * The one change the harness makes to a snippet before running it: every client it constructs
 * with an options object gets the sandbox's base URL first, `new MokaClient({ baseUrl: <sandbox>,
 * apiKey: ... })`. A `baseUrl` the snippet gives itself comes later in the object and wins (a
 * snippet that starts its own sandbox keeps it). The line count does not change, so errors keep
 * pointing at the page's lines.
 *
 * A client constructed any other way (`new MokaClient(options)`) could not be redirected and would
 * call the vendor's real host: the harness refuses such a snippet instead.
 */

/** The client classes and the key of their base URL in `globalThis.__hrDocBaseUrls`. */
export const CLIENT_CLASSES = [
  'MokaClient',
  'FeishuCoreHRClient',
  'ComeetClient',
  'ComeetCareersClient',
  'CoodeshClient',
];

const CONSTRUCTION = new RegExp(`\\bnew (${CLIENT_CLASSES.join('|')})\\((\\{)?`, 'g');

/** The snippet's code with every client pointed at its sandbox; throws for a construction it cannot redirect. */
export function pointClientsAtSandboxes(code: string): string {
  return code.replace(CONSTRUCTION, (_match, name: string, brace: string | undefined) => {
    if (!brace)
      throw new Error(
        `\`new ${name}(\` is not followed by an options object literal, so the harness cannot point it at the sandbox: write \`new ${name}({ ... })\``,
      );
    return `new ${name}({ baseUrl: globalThis.__hrDocBaseUrls.${name},`;
  });
}
