import type { JSONWebKeySet } from 'jose';
import { callServer } from '../../api/http';
import type { ConsentReceipt } from './consent-api';

/** A receipt's check in the page: its signature by the registry's published key, and that it is this receipt. */
export type ReceiptCheck =
  | { state: 'valid' }
  | { state: 'invalid'; code: string }
  /** The key set could not be fetched, or the verifier itself failed: nothing is said of the receipt. */
  | { state: 'unchecked'; code: string };

let keySet: Promise<JSONWebKeySet> | null = null;

/** The registry's public keys (/.well-known/jwks.json, relayed by the portal's server), fetched once a page. */
function registryKeys(): Promise<JSONWebKeySet> {
  keySet ??= callServer<JSONWebKeySet>('/.well-known/jwks.json').catch((error: unknown) => {
    keySet = null; // the next check asks again
    throw error;
  });
  return keySet;
}

/**
 * Verifies a receipt with the shared proof library (@app/log-proofs, the check verify-receipt
 * makes), loaded only when a citizen opens receipts. A receipt signed by a key the set does not
 * hold is checked once more against a fresh set (the registry may have rotated its key).
 */
export async function checkReceipt(receipt: ConsentReceipt): Promise<ReceiptCheck> {
  const { verifyConsentReceipt } = await import('@app/log-proofs');
  let keys: JSONWebKeySet;
  try {
    keys = await registryKeys();
  } catch (error) {
    return { state: 'unchecked', code: error instanceof Error && 'code' in error ? String(error.code) : 'NETWORK' };
  }
  let verdict = await verifyConsentReceipt(receipt.jws, keys);
  if (!verdict.ok && verdict.code === 'KEY_NOT_FOUND') {
    keySet = null;
    try {
      verdict = await verifyConsentReceipt(receipt.jws, await registryKeys());
    } catch {
      // keep the first verdict
    }
  }
  if (!verdict.ok) {
    return verdict.code === 'VERIFIER_ERROR' || verdict.code === 'KEY_SET_INVALID'
      ? { state: 'unchecked', code: verdict.code }
      : { state: 'invalid', code: verdict.code };
  }
  // A genuine receipt of another consent or event does not vouch for this one.
  const { artefact } = verdict;
  if (artefact.jti !== receipt.id || artefact.consentId !== receipt.consentId) {
    return { state: 'invalid', code: 'RECEIPT_MISMATCH' };
  }
  if (artefact.event.toUpperCase() !== receipt.event) return { state: 'invalid', code: 'RECEIPT_MISMATCH' };
  return { state: 'valid' };
}
