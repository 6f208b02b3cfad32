import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Whether the module at `url` (its `import.meta.url`) is the program's entry point, not an import. */
export function isEntryPoint(url: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === url;
  } catch {
    return false;
  }
}

/**
 * Makes an example file runnable on its own, e.g.
 * `pnpm tsx --conditions=source examples/moka/sync-users.ts`: when the file is the entry point, opens
 * the vendor connection, runs the example and closes the connection. Does nothing when imported.
 */
export async function runWhenEntryPoint<C extends { close(): Promise<void> }>(
  url: string,
  connect: () => Promise<C>,
  example: (connection: C) => Promise<void>,
): Promise<void> {
  if (!isEntryPoint(url)) return;
  const connection = await connect();
  try {
    await example(connection);
  } finally {
    await connection.close();
  }
}
