import { consoleGraphql } from '../api/console-graphql';

export type AgencySystemStatus = 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
export type SystemKeyStatus = 'PENDING' | 'ACTIVE' | 'REVOKED';

export interface Agency {
  code: string;
  nameVi: string;
  level: 'CENTRAL' | 'PROVINCIAL' | 'COMMUNE' | 'PRIVATE';
  status: 'PENDING' | 'ACTIVE' | 'SUSPENDED';
  parentCode: string | null;
}

export interface SystemKey {
  clientId: string;
  kid: string;
  status: SystemKeyStatus;
  alg: string;
  addedBy: string;
  addedAt: string;
  approvedBy: string | null;
  revokedAt: string | null;
}

export interface AgencySystem {
  clientId: string;
  agencyCode: string;
  name: string;
  status: AgencySystemStatus;
  registeredBy: string;
  registeredAt: string;
  approvedBy: string | null;
  suspendedBy: string | null;
  suspendedAt: string | null;
  keys: SystemKey[];
}

export interface AgencyPage {
  nodes: Agency[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

const KEY = 'clientId kid status alg addedBy addedAt approvedBy revokedAt';
const SYSTEM = `clientId agencyCode name status registeredBy registeredAt approvedBy suspendedBy suspendedAt
  keys { ${KEY} }`;

export const AGENCY_PAGE_SIZE = 50;

/** One page of the agency directory, in the API's order. */
export async function fetchAgencies(after: string | null, first = AGENCY_PAGE_SIZE): Promise<AgencyPage> {
  const { agencies } = await consoleGraphql<{ agencies: AgencyPage }>(
    `query AdminAgencies($first: Int!, $after: String) {
      agencies(first: $first, after: $after) {
        nodes { code nameVi level status parentCode } pageInfo { endCursor hasNextPage } totalCount
      }
    }`,
    { first, after },
  );
  return agencies;
}

/** Every agency's systems (the API does not page them) and the keys waiting for this administrator. */
export async function fetchSystemsAndPendingKeys(): Promise<{ systems: AgencySystem[]; pendingKeys: SystemKey[] }> {
  const { agencySystems, pendingSystemKeys } = await consoleGraphql<{
    agencySystems: AgencySystem[];
    pendingSystemKeys: SystemKey[];
  }>(`query AdminSystems { agencySystems { ${SYSTEM} } pendingSystemKeys { ${KEY} } }`);
  return { systems: agencySystems, pendingKeys: pendingSystemKeys };
}

type SystemMutation = 'approveAgencySystem' | 'suspendAgencySystem';

/** Approves a pending system, or resumes a suspended one (the API uses one mutation for both). */
export const approveSystem = (clientId: string) => systemMutation('approveAgencySystem', clientId);

/** Stops a system from getting tokens, at once. */
export const suspendSystem = (clientId: string) => systemMutation('suspendAgencySystem', clientId);

async function systemMutation(name: SystemMutation, clientId: string): Promise<AgencySystem> {
  const data = await consoleGraphql<Record<SystemMutation, AgencySystem>>(
    `mutation AdminSystem($input: AgencySystemInput!) { ${name}(input: $input) { ${SYSTEM} } }`,
    { input: { clientId } },
  );
  return data[name];
}

/** Makes a pending key usable at the token endpoint; the server refuses the administrator who added it. */
export async function approveKey(clientId: string, kid: string): Promise<AgencySystem> {
  const { approveSystemKey } = await consoleGraphql<{ approveSystemKey: AgencySystem }>(
    `mutation AdminApproveKey($input: ApproveSystemKeyInput!) { approveSystemKey(input: $input) { ${SYSTEM} } }`,
    { input: { clientId, kid } },
  );
  return approveSystemKey;
}

/** Revokes a key, active or pending, at once; it stays listed as revoked. */
export async function revokeKey(clientId: string, kid: string): Promise<AgencySystem> {
  const { revokeSystemKey } = await consoleGraphql<{ revokeSystemKey: AgencySystem }>(
    `mutation AdminRevokeKey($input: RevokeSystemKeyInput!) { revokeSystemKey(input: $input) { ${SYSTEM} } }`,
    { input: { clientId, kid } },
  );
  return revokeSystemKey;
}

/** Adds a public key (a rotation), pending until a different administrator approves it. */
export async function addKey(clientId: string, jwk: string): Promise<AgencySystem> {
  const { addSystemKey } = await consoleGraphql<{ addSystemKey: AgencySystem }>(
    `mutation AdminAddKey($input: AddSystemKeyInput!) { addSystemKey(input: $input) { ${SYSTEM} } }`,
    { input: { clientId, jwk } },
  );
  return addSystemKey;
}

/** The client id rule of the exchange (agency-system.entity.ts CLIENT_ID_PATTERN). */
export const CLIENT_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{2,127}$/;

/** Registers a system with its public keys, pending until a different administrator approves it. */
export async function registerSystem(input: {
  agencyCode: string;
  clientId: string;
  name: string;
  keys: string[];
}): Promise<AgencySystem> {
  const { registerAgencySystem } = await consoleGraphql<{ registerAgencySystem: AgencySystem }>(
    `mutation AdminRegisterSystem($input: RegisterAgencySystemInput!) { registerAgencySystem(input: $input) { ${SYSTEM} } }`,
    { input },
  );
  return registerAgencySystem;
}
