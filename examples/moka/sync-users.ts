import { readFile } from 'node:fs/promises';
import { type MokaUserInput, MokaUserSyncError, type UserRole } from '@hr/moka';
import type { Connection } from './connect.js';

/** Parses the sample CSV (comma-separated, no quoted commas); `departmentCode` lists codes separated by `|`. */
function parseUsers(csv: string): MokaUserInput[] {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  const columns = header!.split(',');
  return rows.map((row) => {
    const cell = Object.fromEntries(row.split(',').map((value, i) => [columns[i]!, value.trim()]));
    return {
      email: cell['email']!,
      name: cell['name']!,
      phone: cell['phone']!,
      ...(cell['number'] ? { number: cell['number'] } : {}),
      role: cell['role'] === '' ? '' : (Number(cell['role']) as UserRole),
      departmentCode: cell['departmentCode'] ? cell['departmentCode'].split('|') : [],
      superiorEmail: cell['superiorEmail'] ?? '',
      deactivated: cell['deactivated'] === '1' ? 1 : 0,
      thirdPartyId: cell['thirdPartyId'] ?? '',
      ...(cell['locale'] ? { locale: cell['locale'] as MokaUserInput['locale'] } : {}),
    };
  });
}

/** Syncs users from a CSV file (`users.sync`, batched by 100), reporting exactly what applied on failure. */
export async function syncUsers(
  { client, target }: Connection,
  file = new URL('./users.csv', import.meta.url),
): Promise<void> {
  const users = parseUsers(await readFile(file, 'utf8'));
  try {
    const result = await client.users.sync(users);
    console.log(`[moka] ${target}: synced ${result.synced} user(s) in ${result.batches} call(s)`);
  } catch (error) {
    if (!(error instanceof MokaUserSyncError)) throw error;
    console.log(`[moka] user sync stopped: ${error.vendorMessage}`);
    console.log(`  applied: ${error.applied.map((u) => u.email).join(', ') || 'none'}`);
    console.log(
      `  not applied: ${error.notApplied.map((u) => u.email).join(', ') || 'none'}; unknown: ${error.unknown.length}`,
    );
  }
}
