import type { PrincipalKind } from '@app/config';
import type { Registry } from '@app/auth';

/**
 * Every permission of the graph, in one place: for each query, mutation and entity reference,
 * which kinds of caller may call it (the AccessGuard refuses everyone else before anything
 * runs, FORBIDDEN with reason CALLER_KIND_NOT_ALLOWED or NOT_A_STEWARD_OF_THIS_REGISTRY) and
 * what decides after that. An operation missing here is refused to everyone: deny by default.
 *
 * Why was a field withheld? Every rule that depends on the row — a citizen's or an enterprise's
 * field, an agency's own rows, a consent's parties, an enterprise's representatives — is
 * decided by one function, `decide` (decide.ts); an agency's fields then by its agreements and
 * the subject's consents (policy/request-access.ts), and the response's `extensions.withheld`
 * names the reason; `explainCitizenAccess` and
 * `explainEnterpriseAccess` answer the same question for a field not yet asked for.
 * test/operation-access.e2e-spec.ts proves every refusal listed here by a request.
 */
export interface Permission {
  /** Who may call it: anyone, without a token, or callers of these kinds. */
  callers: 'anyone' | readonly PrincipalKind[];
  /** Stewards of this registry only (the callers are then stewards). */
  registry?: Registry;
  /** What decides once the caller may call it: a rule of THEN below. */
  then: keyof typeof THEN;
}

/** What decides after the caller's kind, and where it is decided. */
export const THEN = {
  subjectFields:
    "each field by decide (decide.ts) and the policy (policy/request-access.ts): a citizen their own record only, a steward their own registry's, an agency what an agreement in force or the citizen's consent names for its token's purpose; every release and refusal is in the access log",
  ownRecords: "the caller's own, from the token: a citizen their own records only",
  ownAgency: "an agency its own agency's rows only; operators all (decide.ts, agencyRows)",
  consentParties:
    'only the citizen asked and the asking agency; answering, pausing and revoking the citizen alone (decide.ts, consent)',
  legalRepresentative:
    'only a current legal representative of the enterprise, as the business registry knows them (decide.ts, enterpriseLog)',
  registryWork: "the steward's own registry; what needs a second person goes to a change request",
  secondPerson: 'a second person decides: never the one who proposed it (libs/auth four-eyes.ts)',
  operatorWork: 'the administrators and auditors who run the exchange; no personal data is released',
  publicFacts: 'nothing more: what it answers holds no personal data (the agency directory, purposes, log hashes)',
} as const;

const SUBJECT_READERS: readonly PrincipalKind[] = ['agency', 'citizen', 'steward'];
/** Another subgraph's entity fetch: the fields then fetched are the policy's, as for any read. */
const ANY_CALLER: readonly PrincipalKind[] = ['agency', 'citizen', 'steward', 'admin', 'auditor'];
const population = { callers: ['steward'], registry: 'population' } as const;
const business = { callers: ['steward'], registry: 'business' } as const;

export const PERMISSIONS = {
  // Population registry: records.
  'Query.citizen': { callers: SUBJECT_READERS, then: 'subjectFields' },
  'Query.citizens': { callers: SUBJECT_READERS, then: 'subjectFields' },
  'Query.explainCitizenAccess': { callers: SUBJECT_READERS, then: 'subjectFields' },
  'Citizen.__resolveReference': { callers: ANY_CALLER, then: 'subjectFields' },
  'Query.searchCitizens': { ...population, then: 'registryWork' },
  'Mutation.registerCitizen': { ...population, then: 'registryWork' },
  'Mutation.correctCitizen': { ...population, then: 'registryWork' },
  // Population: change requests, duplicates and merges.
  'Query.changeRequests': { ...population, then: 'registryWork' },
  'Query.changeRequestCount': { ...population, then: 'registryWork' },
  'Query.duplicateCandidates': { ...population, then: 'registryWork' },
  'Query.duplicateCandidateCount': { ...population, then: 'registryWork' },
  'Mutation.requestIdentityCorrection': { ...population, then: 'registryWork' },
  'Mutation.requestVitalStatusChange': { ...population, then: 'registryWork' },
  'Mutation.requestMerge': { ...population, then: 'registryWork' },
  'Mutation.approveChangeRequest': { ...population, then: 'secondPerson' },
  'Mutation.rejectChangeRequest': { ...population, then: 'secondPerson' },
  // Population: data quality and imports.
  'Query.dataQualityFindings': { ...population, then: 'registryWork' },
  'Query.dataQualityFindingCount': { ...population, then: 'registryWork' },
  'Mutation.openDataQualityFinding': { ...population, then: 'registryWork' },
  'Mutation.resolveDataQualityFinding': { ...population, then: 'registryWork' },
  'Mutation.startCitizenImport': { ...population, then: 'registryWork' },
  'Query.citizenImport': { ...population, then: 'registryWork' },
  'Query.citizenImports': { ...population, then: 'registryWork' },

  // Business registry.
  'Query.enterprise': { callers: SUBJECT_READERS, then: 'subjectFields' },
  'Query.explainEnterpriseAccess': { callers: SUBJECT_READERS, then: 'subjectFields' },
  'Enterprise.__resolveReference': { callers: ANY_CALLER, then: 'subjectFields' },
  'Query.enterpriseAccessLog': { callers: ['citizen'], then: 'legalRepresentative' },
  'Query.searchEnterprises': { ...business, then: 'registryWork' },
  'Mutation.registerEnterprise': { ...business, then: 'registryWork' },
  'Mutation.changeEnterpriseStatus': { ...business, then: 'registryWork' },
  'Mutation.addLegalRepresentative': { ...business, then: 'registryWork' },
  'Mutation.removeLegalRepresentative': { ...business, then: 'registryWork' },
  'Mutation.registerBranch': { ...business, then: 'registryWork' },

  // Exchange: the directory, open to anyone.
  'Query.agencies': { callers: 'anyone', then: 'publicFacts' },
  'Query.purposes': { callers: 'anyone', then: 'publicFacts' },
  'Query.logConsistency': { callers: 'anyone', then: 'publicFacts' },
  // Exchange: agencies, their systems and keys.
  'Mutation.registerAgency': { callers: ['admin'], then: 'operatorWork' },
  'Query.agencySystems': { callers: ['admin', 'auditor', 'agency'], then: 'ownAgency' },
  'Query.pendingSystemKeys': { callers: ['admin', 'auditor'], then: 'operatorWork' },
  'Mutation.registerAgencySystem': { callers: ['admin'], then: 'operatorWork' },
  'Mutation.approveAgencySystem': { callers: ['admin'], then: 'secondPerson' },
  'Mutation.suspendAgencySystem': { callers: ['admin'], then: 'operatorWork' },
  'Mutation.addSystemKey': { callers: ['admin'], then: 'operatorWork' },
  'Mutation.approveSystemKey': { callers: ['admin'], then: 'secondPerson' },
  'Mutation.revokeSystemKey': { callers: ['admin'], then: 'operatorWork' },
  // Exchange: agreements.
  'Query.agreements': { callers: ['admin', 'auditor', 'agency'], then: 'ownAgency' },
  'Query.agreement': { callers: ['admin', 'auditor', 'agency'], then: 'ownAgency' },
  'Mutation.proposeAgreement': { callers: ['admin'], then: 'operatorWork' },
  'Mutation.amendAgreement': { callers: ['admin'], then: 'operatorWork' },
  'Mutation.withdrawAgreement': { callers: ['admin'], then: 'operatorWork' },
  'Mutation.approveAgreement': { callers: ['admin'], then: 'secondPerson' },
  'Mutation.rejectAgreement': { callers: ['admin'], then: 'secondPerson' },
  // Exchange: consent.
  'Mutation.requestConsent': { callers: ['agency'], then: 'ownAgency' },
  'Query.agencyConsentRequests': { callers: ['agency'], then: 'ownAgency' },
  'Query.agencyConsents': { callers: ['agency'], then: 'ownAgency' },
  'Query.consentRequest': { callers: ['citizen', 'agency'], then: 'consentParties' },
  'Query.consentReceipts': { callers: ['citizen', 'agency'], then: 'consentParties' },
  'Query.myConsentRequests': { callers: ['citizen'], then: 'ownRecords' },
  'Query.myConsents': { callers: ['citizen'], then: 'ownRecords' },
  'Query.myAccessRules': { callers: ['citizen'], then: 'ownRecords' },
  'Mutation.grantConsent': { callers: ['citizen'], then: 'consentParties' },
  'Mutation.refuseConsentRequest': { callers: ['citizen'], then: 'consentParties' },
  'Mutation.pauseConsent': { callers: ['citizen'], then: 'consentParties' },
  'Mutation.resumeConsent': { callers: ['citizen'], then: 'consentParties' },
  'Mutation.revokeConsent': { callers: ['citizen'], then: 'consentParties' },
  // Exchange: the access log and its disputes.
  'Query.myAccessLog': { callers: ['citizen'], then: 'ownRecords' },
  'Query.accessRecords': { callers: ['auditor', 'agency'], then: 'ownAgency' },
  'Query.accessLogReport': { callers: ['auditor', 'admin'], then: 'operatorWork' },
  'Mutation.createLogCheckpoint': { callers: ['admin', 'auditor'], then: 'operatorWork' },
  'Query.logVerificationRuns': { callers: ['auditor'], then: 'operatorWork' },
  'Mutation.disputeAccessEntry': { callers: ['citizen'], then: 'ownRecords' },
  'Query.myDisputes': { callers: ['citizen'], then: 'ownRecords' },
  'Query.accessDisputes': { callers: ['auditor'], then: 'operatorWork' },
  'Query.accessDispute': { callers: ['auditor'], then: 'operatorWork' },
  'Mutation.reviewAccessDispute': { callers: ['auditor'], then: 'operatorWork' },
  'Mutation.answerAccessDispute': { callers: ['auditor'], then: 'operatorWork' },
} as const satisfies Record<string, Permission>;

export type OperationCoordinate = keyof typeof PERMISSIONS;

/** The permission of `coordinate` (`Query.citizen`, `Citizen.__resolveReference`); undefined: none, so denied. */
export function permissionOf(coordinate: string): Permission | undefined {
  return Object.hasOwn(PERMISSIONS, coordinate) ? PERMISSIONS[coordinate as OperationCoordinate] : undefined;
}
