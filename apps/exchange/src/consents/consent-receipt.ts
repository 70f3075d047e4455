// The receipt's contract lives with its verifier, which browsers run too.
export {
  CONSENT_RECEIPT_ALGORITHMS,
  CONSENT_RECEIPT_JWS_TYPE,
  verifyConsentReceipt,
  type ConsentReceiptArtefact,
  type ConsentReceiptVerdict,
} from '@app/log-proofs';
