/**
 * The names a page's snippets may use without declaring them: what the page introduced earlier in
 * prose or in another snippet (its client, `moka`; a request body; the raw body a webhook handler
 * received). One module per page, each exporting those names as live bindings that `open()` fills
 * from the program's fresh sandboxes, and `close()` releases. Pages without a module here
 * (README.md, the package READMEs, which are read on their own) get no names: their snippets must
 * declare everything they use.
 *
 * A snippet that uses a name neither it nor its page's scope declares fails with the page's line.
 */
import type { DocSandboxes } from '../sandboxes.js';

/** What a page scope module exports besides its names. */
export interface ScopeModule {
  open(sandboxes: DocSandboxes): Promise<void>;
  close(): Promise<void>;
}

/** The scope module of each page (relative to this folder, without extension). */
const SCOPES: Record<string, string> = {
  'docs/moka.md': 'moka',
  'docs/comeet.md': 'comeet',
  'docs/coodesh.md': 'coodesh',
  'docs/feishu-corehr.md': 'feishu-corehr',
};

/** The scope module of a page, if it has one: its file name (relative to this folder) and loader. */
export function scopeOf(page: string): string | undefined {
  return SCOPES[page];
}

/** The names a scope module gives snippets (its exports, without `open` and `close`). */
export function scopeNames(module: Record<string, unknown>): string[] {
  return Object.keys(module).filter((name) => name !== 'open' && name !== 'close');
}
