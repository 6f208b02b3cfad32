// Service code of an ES module consumer: only the package's main entry, no msw, no Node types needed.
import { InputValidationError, MokaClient } from '@hr/moka';

export function mokaClient(apiKey: string, baseUrl?: string): MokaClient {
  return new MokaClient({ apiKey, baseUrl, maxRetryWait: 1_000 });
}

/** The names of every offer-stage candidate, across pages. */
export async function offerStageNames(moka: MokaClient): Promise<string[]> {
  const names: string[] = [];
  for await (const candidate of moka.candidates.list({ stage: 'offer' })) names.push(candidate.name ?? '?');
  return names;
}

/** Whether an empty id list is refused before anything is sent. */
export async function refusesEmptyRetrieve(moka: MokaClient): Promise<boolean> {
  const error = await moka.candidates.retrieve([]).catch((caught: unknown) => caught);
  return InputValidationError.isInstance(error);
}
