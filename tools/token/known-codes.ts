import type { PrincipalClaims } from '@app/auth';
import { DEMO_AGENCIES, DEMO_PURPOSES } from '@app/demo-data';
import { UsageError } from './token-arguments';

/** The agency and purpose codes a token may name, and where they were read. */
export interface KnownCodes {
  agencies: string[];
  purposes: string[];
  /** "the running graph at …" or "the demo data (…)", for the message. */
  source: string;
}

// A graph that just started plans its first query slowly on a busy machine.
const LOOKUP_TIMEOUT_MS = 10_000;
const PAGE = 100;

/**
 * The running graph's public directory (`agencies`, `purposes`), which is the database's:
 * an agency registered since the demo data loaded counts. With no graph to ask, the demo
 * data, which is what a fresh `npm start` holds.
 */
export async function knownCodes(gatewayUrl: string): Promise<KnownCodes> {
  try {
    return { ...(await readDirectory(`${gatewayUrl}/graphql`)), source: `the running graph at ${gatewayUrl}` };
  } catch (error) {
    return {
      agencies: DEMO_AGENCIES.map((agency) => agency.code),
      purposes: DEMO_PURPOSES.map((purpose) => purpose.code),
      source: `the demo data (the graph at ${gatewayUrl} did not answer: ${(error as Error).message})`,
    };
  }
}

/** Refuses an agency token for an agency or purpose the registry does not know, listing the valid ones. */
export function checkKnownCodes(claims: PrincipalClaims, known: KnownCodes): void {
  if (claims.kind !== 'agency') return;
  if (!known.agencies.includes(claims.agency)) {
    throw new UsageError(
      `unknown agency ${claims.agency}; agencies in ${known.source}: ${[...known.agencies].sort().join(', ')}`,
    );
  }
  if (!known.purposes.includes(claims.purpose)) {
    throw new UsageError(
      `unknown purpose ${claims.purpose}; purposes in ${known.source}: ${[...known.purposes].sort().join(', ')}`,
    );
  }
}

interface DirectoryPage {
  data?: {
    purposes: { code: string }[];
    agencies: { nodes: { code: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
  };
  errors?: { message: string }[];
}

async function readDirectory(url: string): Promise<{ agencies: string[]; purposes: string[] }> {
  const agencies: string[] = [];
  let purposes: string[];
  let after: string | null = null;
  do {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($first: Int!, $after: String) { purposes { code }
          agencies(first: $first, after: $after) { nodes { code } pageInfo { endCursor hasNextPage } } }`,
        variables: { first: PAGE, after },
      }),
      signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
    });
    const page = (await response.json()) as DirectoryPage;
    if (!page.data) throw new Error(page.errors?.[0]?.message ?? `HTTP ${response.status}`);
    purposes = page.data.purposes.map((purpose) => purpose.code);
    agencies.push(...page.data.agencies.nodes.map((agency) => agency.code));
    after = page.data.agencies.pageInfo.hasNextPage ? page.data.agencies.pageInfo.endCursor : null;
  } while (after);
  return { agencies, purposes };
}
