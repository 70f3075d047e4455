import { graphql } from '../../api/graphql';

export type ConsentStatus = 'ACTIVE' | 'PAUSED' | 'SPENT' | 'REVOKED' | 'EXPIRED';
export type FetchType = 'ONE_TIME' | 'PERIODIC';

interface Terms {
  agency: { code: string; nameVi: string };
  purpose: { code: string; textVi: string };
  categories: string[];
  validFrom: string;
  validTo: string;
  fetchType: FetchType;
  maxReadsPerDay: number | null;
  dataLifeDays: number;
}

export interface ConsentRequest extends Terms {
  id: string;
  requestedAt: string;
  answerBy: string;
}

export interface Consent extends Terms {
  id: string;
  requestId: string;
  status: ConsentStatus;
  grantedAt: string;
  updatedAt: string;
  revokedAt: string | null;
  useCount: number;
  lastUsedAt: string | null;
}

export interface ConsentReceipt {
  id: string;
  consentId: string;
  event: 'GRANTED' | 'PAUSED' | 'RESUMED' | 'REVOKED';
  issuedAt: string;
  jws: string;
}

const TERMS = `agency { code nameVi } purpose { code textVi } categories validFrom validTo fetchType maxReadsPerDay dataLifeDays`;
const REQUEST = `id ${TERMS} requestedAt answerBy`;
const CONSENT = `id requestId ${TERMS} status grantedAt updatedAt revokedAt useCount lastUsedAt`;
const RECEIPT = `id consentId event issuedAt jws`;
const CHANGE = `consent { ${CONSENT} } receipt { ${RECEIPT} }`;

export interface ConsentChange {
  consent: Consent;
  receipt: ConsentReceipt;
}

/** The requests still waiting for the citizen's answer, and all the citizen's consents. */
export async function loadConsents(): Promise<{ requests: ConsentRequest[]; consents: Consent[] }> {
  const data = await graphql<{ myConsentRequests: ConsentRequest[]; myConsents: Consent[] }>(
    `query MyConsents { myConsentRequests(status: PENDING) { ${REQUEST} } myConsents { ${CONSENT} } }`,
  );
  return { requests: data.myConsentRequests, consents: data.myConsents };
}

/** Grants what the request asked, or only `categories` of it. */
export async function grantConsent(requestId: string, categories?: string[]): Promise<ConsentChange> {
  const data = await graphql<{ grantConsent: ConsentChange }>(
    `mutation GrantConsent($input: GrantConsentInput!) { grantConsent(input: $input) { ${CHANGE} } }`,
    { input: { requestId, ...(categories ? { categories } : {}) } },
  );
  return data.grantConsent;
}

export async function refuseConsentRequest(requestId: string): Promise<void> {
  await graphql(
    `
      mutation RefuseConsent($id: ID!) {
        refuseConsentRequest(requestId: $id) {
          id
          status
        }
      }
    `,
    {
      id: requestId,
    },
  );
}

export type ConsentAction = 'pause' | 'resume' | 'revoke';

const MUTATION: Record<ConsentAction, string> = {
  pause: 'pauseConsent',
  resume: 'resumeConsent',
  revoke: 'revokeConsent',
};

export async function changeConsent(action: ConsentAction, id: string): Promise<ConsentChange> {
  const field = MUTATION[action];
  const data = await graphql<Record<string, ConsentChange>>(
    `mutation ChangeConsent($id: ID!) { ${field}(id: $id) { ${CHANGE} } }`,
    { id },
  );
  return data[field];
}

export async function loadReceipts(consentId: string): Promise<ConsentReceipt[]> {
  const data = await graphql<{ consentReceipts: ConsentReceipt[] }>(
    `query Receipts($id: ID!) { consentReceipts(consentId: $id) { ${RECEIPT} } }`,
    { id: consentId },
  );
  return data.consentReceipts;
}
