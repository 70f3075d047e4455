import type { MeasuredProcess } from './processes';
import type { HttpRequest } from './wrk-driver';

export type WorkloadId = 'W1-gateway' | 'W1-direct' | 'W2' | 'W3' | 'log-16' | 'log-64';

export const WORKLOAD_TITLES: Record<WorkloadId, string> = {
  'W1-gateway': 'W1 one citizen through the gateway (agency token, policy, log)',
  'W1-direct': 'W1 one citizen from the population subgraph directly',
  W2: 'W2 1,000 ids in one query (citizens(personalIdNumbers:))',
  W3: 'W3 enterprise + legal representatives’ names (business → population)',
  'log-16': 'population subgraph directly, access log on vs off, 16 connections',
  'log-64': 'population subgraph directly, access log on vs off, 64 connections',
};

/** One system under one workload: where to send what, how to read its answer, what to measure. */
export interface Target {
  workload: WorkloadId;
  system: string;
  /** The system the ratio is taken against; absent for sochung's own rows and the peers. */
  isSochung: boolean;
  origin: string;
  requests: HttpRequest[];
  /** The answer reduced to what every system must agree on (GraphQL's `data`). */
  answer(body: unknown): unknown;
  processes: MeasuredProcess[];
  connections: number;
  /** The most access records one answer can release: bounds those of answers in flight when wrk stops. */
  mostRecordsPerAnswer: number;
  /** Set when the system cannot run here (a peer that needs PostgreSQL, on PGlite). */
  skipped?: string;
}

const CITIZEN = 'query One($id: String!) { citizen(personalIdNumber: $id) { personalIdNumber fullName sex } }';
const CITIZENS = 'query Many($ids: [String!]!) { citizens(personalIdNumbers: $ids) { personalIdNumber fullName sex } }';
const ENTERPRISE =
  'query Firm($code: String!) { enterprise(enterpriseCode: $code) { enterpriseCode name ' +
  'legalRepresentatives { title citizen { personalIdNumber fullName } } } }';

/** A GraphQL endpoint, with the bench agency's token for sochung and none for the plain peers. */
export interface GraphqlEndpoint {
  origin: string;
  path: string;
  token?: string;
}

function graphqlPost(endpoint: GraphqlEndpoint, query: string, variables: Record<string, unknown>): HttpRequest {
  return {
    method: 'POST',
    path: endpoint.path,
    headers: {
      'content-type': 'application/json',
      ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  };
}

const graphqlData = (body: unknown) => {
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (errors) throw new Error(`GraphQL errors: ${JSON.stringify(errors).slice(0, 500)}`);
  return data;
};

/** The requests of each workload, from ids known to be in the database. */
export interface WorkloadIds {
  citizens: string[];
  /** Sets of 1,000 for W2. */
  citizenBatches: string[][];
  enterprises: string[];
  /** The most legal representatives any of those enterprises has. */
  mostRepresentatives: number;
}

export function graphqlRequests(workload: WorkloadId, endpoint: GraphqlEndpoint, ids: WorkloadIds): HttpRequest[] {
  switch (workload) {
    case 'W2':
      return ids.citizenBatches.map((batch) => graphqlPost(endpoint, CITIZENS, { ids: batch }));
    case 'W3':
      return ids.enterprises.map((code) => graphqlPost(endpoint, ENTERPRISE, { code }));
    default:
      return ids.citizens.map((id) => graphqlPost(endpoint, CITIZEN, { id }));
  }
}

export function graphqlTarget(
  workload: WorkloadId,
  system: string,
  endpoint: GraphqlEndpoint,
  ids: WorkloadIds,
  processes: MeasuredProcess[],
  connections: number,
  isSochung = false,
): Target {
  return {
    workload,
    system,
    isSochung,
    origin: endpoint.origin,
    requests: graphqlRequests(workload, endpoint, ids),
    answer: graphqlData,
    processes,
    connections,
    mostRecordsPerAnswer: workload === 'W2' ? 1000 : workload === 'W3' ? 1 + ids.mostRepresentatives : 1,
  };
}

/** Peer (a): the same row as plain JSON; its answer is put where GraphQL's `data.citizen` is. */
export function restTarget(
  origin: string,
  ids: WorkloadIds,
  processes: MeasuredProcess[],
  connections: number,
): Target {
  return {
    workload: 'W1-direct',
    system: 'peer a: bare Fastify + pg',
    isSochung: false,
    origin,
    requests: ids.citizens.map((id) => ({ method: 'GET', path: `/citizens/${id}`, headers: {} })),
    answer: (body) => ({ citizen: body }),
    processes,
    connections,
    mostRecordsPerAnswer: 1,
  };
}
