import { readFile } from 'node:fs/promises';
import { APIError, type MokaUserInput, MokaUserSyncError, USER_ROLE, type UserRole } from '@hr/moka';
import { runWhenEntryPoint } from '../shared/entry.js';
import { writeOrDescribe } from '../shared/live.js';
import { type Connection, connect } from './connect.js';

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

const ROLE_NAMES = new Map<unknown, string>(
  Object.entries(USER_ROLE).map(([name, code]) => [code, name.toLowerCase().replaceAll('_', ' ')]),
);

/**
 * Syncs users from a CSV file (`users.sync`, batched by 100), reporting exactly what applied on failure.
 * On a real account it only prints the users it would sync, unless --live / HR_LIVE=1.
 */
export async function syncUsers(connection: Connection, file = new URL('./users.csv', import.meta.url)): Promise<void> {
  const { client, target } = connection;
  const users = parseUsers(await readFile(file, 'utf8'));
  try {
    const result = await writeOrDescribe(
      connection,
      `create or update ${users.length} Moka user(s) (POST /users/syncInfo)`,
      users.map(
        (u) =>
          `${u.email} ${u.name}: ${ROLE_NAMES.get(u.role) ?? 'interviewer'}, departments ${u.departmentCode.join(', ') || 'all'}`,
      ),
      () => client.users.sync(users),
    );
    if (result) console.log(`[moka] ${target}: synced ${result.synced} user(s) in ${result.batches} call(s)`);
  } catch (error) {
    // Nothing applied: the failure itself says why (a refused key, the sync switch off, the first user refused).
    if (error instanceof APIError) {
      console.log(`[moka] user sync applied nothing: ${error.message}`);
      return;
    }
    if (!(error instanceof MokaUserSyncError)) throw error;
    console.log(`[moka] user sync stopped: ${error.vendorMessage}`);
    console.log(`  applied: ${error.applied.map((u) => u.email).join(', ') || 'none'}`);
    console.log(
      `  not applied: ${error.notApplied.map((u) => u.email).join(', ') || 'none'}; unknown: ${error.unknown.length}`,
    );
  }
}

await runWhenEntryPoint(import.meta.url, connect, syncUsers);
