/** A consent receipt's artefact as the exchange signs one (apps/exchange consent-receipts.service). */
export const RECEIPT_ARTEFACT = {
  iss: 'sochung-registry',
  jti: 'receipt-1',
  iat: 1_800_000_000,
  consentId: 'c-1',
  event: 'granted',
  subject: '001085012345',
  agency: { code: 'DEMO-BANK', nameVi: 'Ngân hàng' },
  purpose: { code: 'ACCOUNT_OPENING_KYC', textVi: 'Mở tài khoản' },
  categories: ['population.identity'],
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2026-02-01T00:00:00Z',
  fetchType: 'one_time',
  maxReadsPerDay: null,
  dataLifeDays: 30,
  status: 'active',
  time: '2026-01-01T00:00:00Z',
};
