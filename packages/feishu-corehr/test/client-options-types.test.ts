import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What TypeScript tells a user whose options miss a credential, read with the compiler the way an
 * editor shows it: the error must name the missing field of the client they meant (a custom app,
 * the default), not steer them to a store app's options.
 */
const usage = fileURLToPath(new URL('./__options-usage.ts', import.meta.url));
const lines = [
  `import { FeishuCoreHRClient, type FeishuCoreHRClientOptions } from '../src/index.js';`,
  `new FeishuCoreHRClient({ appId: 'cli_slkdjalasdkjasd' });`,
  `new FeishuCoreHRClient({ appSecret: 'secret' });`,
  `new FeishuCoreHRClient({ appType: 'store', appId: 'cli_slkdjalasdkjasd' });`,
  `new FeishuCoreHRClient({ appId: 'cli_slkdjalasdkjasd', appSecret: 'secret' });`,
  `new FeishuCoreHRClient({ appType: 'store', appId: 'cli_slkdjalasdkjasd', appSecret: 'secret' });`,
  `new FeishuCoreHRClient({ tenantAccessToken: 't-7f1bcd13fc57d46bac21793a18e560' });`,
  `declare const options: FeishuCoreHRClientOptions;`,
  `new FeishuCoreHRClient(options);`,
];

/** The full text of every error TypeScript reports on the usage file, by 1-based line. */
function errorsByLine(): Map<number, string> {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    customConditions: ['source'],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === usage ? lines.join('\n') : readFile(name));
  host.fileExists = (name) => name === usage || fileExists(name);
  host.getSourceFile = (name, version, ...rest) =>
    name === usage ? ts.createSourceFile(name, lines.join('\n'), version) : getSourceFile(name, version, ...rest);
  const program = ts.createProgram([usage], options, host);
  const errors = new Map<number, string>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program, program.getSourceFile(usage))) {
    const line = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start!).line + 1;
    errors.set(line, ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  return errors;
}

// Type-checking the package from its sources takes seconds, longer on a loaded machine.
describe('the type error for missing credentials', { timeout: 90_000 }, () => {
  const errors = errorsByLine();

  it('names appSecret when a custom app passes only appId', () => {
    const message = errors.get(2);
    expect(message).toBeDefined();
    // The first error a user reads is the custom app's, and it names the missing field.
    const first = message!.split('\n').find((line) => line.includes('is missing'));
    expect(first).toContain("Property 'appSecret' is missing");
    expect(first).toContain('FeishuAppCredentialsOptions');
  });

  it('names appId when a custom app passes only appSecret', () => {
    const first = errors
      .get(3)!
      .split('\n')
      .find((line) => line.includes('is missing'));
    expect(first).toContain("Property 'appId' is missing");
    expect(first).toContain('FeishuAppCredentialsOptions');
  });

  it("names appSecret against the store app's options when appType is 'store'", () => {
    expect(errors.get(4)).toMatch(
      /Property 'appSecret' is missing in type .* required in type 'FeishuStoreAppOptions'/,
    );
  });

  it('accepts complete options of each kind, and a variable of the union type', () => {
    expect([...errors.keys()].filter((line) => line >= 5)).toEqual([]);
  });
});
