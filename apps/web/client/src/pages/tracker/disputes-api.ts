import { graphql } from '../../api/graphql';
import type { Entry } from './tracker-api';

export type DisputeStatus = 'OPEN' | 'UNDER_REVIEW' | 'ANSWERED' | 'UPHELD' | 'REJECTED';

export interface Dispute {
  id: string;
  entrySeq: string;
  text: string;
  status: DisputeStatus;
  answer: string | null;
  openedAt: string;
  decidedAt: string | null;
  updatedAt: string;
  entry: Pick<Entry, 'time' | 'sealed' | 'agencyCode' | 'agencyName' | 'purposeText'>;
}

const DISPUTE_FIELDS = `id entrySeq text status answer openedAt decidedAt updatedAt
  entry { time sealed agencyCode agencyName purposeText }`;

/** "Tôi không nhận ra lượt đọc này": opens a case on the entry at `seq` with the citizen's words. */
export async function disputeEntry(seq: string, text: string): Promise<Dispute> {
  const { disputeAccessEntry } = await graphql<{ disputeAccessEntry: Dispute }>(
    `mutation DisputeAccessEntry($input: DisputeAccessEntryInput!) {
      disputeAccessEntry(input: $input) { ${DISPUTE_FIELDS} }
    }`,
    { input: { seq, text } },
  );
  return disputeAccessEntry;
}

/** The citizen's disputes, newest first, with their status and answer. */
export async function myDisputes(): Promise<Dispute[]> {
  const { myDisputes: disputes } = await graphql<{ myDisputes: Dispute[] }>(
    `query MyDisputes { myDisputes { ${DISPUTE_FIELDS} } }`,
  );
  return disputes;
}
