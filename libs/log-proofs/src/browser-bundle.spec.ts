import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { chromium } from 'playwright-core';
import { CONSENT_RECEIPT_JWS_TYPE } from './jws/consent-receipt';
import { COSIGNATURE_JWS_TYPE } from './jws/cosignature';
import { CHECKPOINT_JWS_TYPE } from './jws/signed-statement';
import * as proofs from './index';
import { CONSISTENCY_PROOFS, INCLUSION_PROOFS, LEAF_INPUTS, ROOTS, hexBytes } from '../test/rfc6962-vectors';
import { RECEIPT_ARTEFACT } from '../test/receipt-artefact';
import { toBase64Url } from './bytes';

const run = promisify(execFile);

const BUNDLER = resolve(__dirname, '../test/bundle-for-browser.mts');

/** The entry bundled for the browser as the portal's build would (with its one alias), and what Vite warned of. */
async function bundleForBrowser(entry: string, sources: Record<string, string>) {
  const { stdout } = await run(process.execPath, [BUNDLER, JSON.stringify({ entry, sources })], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { code: string; warnings: string[] };
}

/** What would tie a bundle to Node: a built-in Vite had to stub out, or a require left behind. */
function nodeTies(bundle: { code: string; warnings: string[] }): string[] {
  return [
    ...bundle.warnings.filter((warning) => /externalized for browser|node:|built-?in/i.test(warning)),
    ...(bundle.code.match(/__vite-browser-external[^"'`]*|\bnode:[a-z_/]+|\brequire\(["'][^"']+["']\)/g) ?? []),
  ];
}

const PAGE_ENTRY = "import * as proofs from '@app/log-proofs';\nglobalThis.LogProofs = proofs;\n";

describe('@app/log-proofs in a browser bundle', () => {
  it('bundles for the browser with no Node built-in, as the portal imports it', async () => {
    const bundle = await bundleForBrowser('page-entry', { 'page-entry': PAGE_ENTRY });
    expect(nodeTies(bundle)).toEqual([]);
    expect(bundle.code).toContain('crypto.subtle');
    // The control: the same check sees a Node import when there is one.
    const tied = await bundleForBrowser('node-entry', {
      'node-entry': "import { createHash } from 'node:crypto';\nglobalThis.h = createHash;\n",
    });
    expect(nodeTies(tied)).not.toEqual([]);
  });

  const browser = existsSync('/usr/bin/chromium') ? it : it.skip;
  browser('gives the same verdicts in headless Chromium as in Node, on the published vectors', async () => {
    const { code } = await bundleForBrowser('page-entry', { 'page-entry': PAGE_ENTRY });
    const cases = await verdictCases();
    const inNode = await runCases(proofs, cases);
    expect(inNode.map((verdict) => verdict.ok)).toEqual(cases.map((one) => one.holds));

    const chromiumBrowser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      // Playwright gives each launch a fresh user-data-dir of its own and removes it on close.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = await chromiumBrowser.newPage();
      // A secure context (WebCrypto needs one) without a server: the page is served by the test.
      await page.route('http://localhost/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>log-proofs</title>' }),
      );
      await page.goto('http://localhost/');
      await page.addScriptTag({ content: code });
      const inBrowser = await page.evaluate(`(${runCases.toString()})(globalThis.LogProofs, ${JSON.stringify(cases)})`);
      expect(inBrowser).toEqual(inNode);
    } finally {
      await chromiumBrowser.close();
    }
  });
});

type Case = { fn: keyof typeof proofs; args: unknown[]; holds: boolean };

/** Runs each case with the lib given (Node's import, or the bundle's global in the page): verdicts as JSON. */
async function runCases(lib: Record<string, unknown>, cases: Case[]): Promise<{ ok: boolean; code?: string }[]> {
  const verdicts = [];
  for (const { fn, args } of cases) {
    const verdict = await (lib[fn] as (...a: unknown[]) => Promise<{ ok: boolean; code?: string }>)(...args);
    verdicts.push({ ok: verdict.ok, code: verdict.code });
  }
  return verdicts;
}

/** Published proofs in the API's base64url form, an entry and a receipt signed with Ed25519, and spoiled copies. */
async function verdictCases(): Promise<Case[]> {
  const b64 = (hex: string) => toBase64Url(hexBytes(hex));
  const { leaf, size, proof } = INCLUSION_PROOFS[3];
  const leafHash = toBase64Url(await proofs.hashLeaf(hexBytes(LEAF_INPUTS[leaf - 1])));
  const inclusion = { leafHash, index: leaf - 1, treeSize: size, proof: proof.map(b64), root: b64(ROOTS[size]) };
  const { size1, size2, proof: cproof } = CONSISTENCY_PROOFS[2];
  const consistency = {
    oldSize: size1,
    newSize: size2,
    oldRoot: b64(ROOTS[size1]),
    newRoot: b64(ROOTS[size2]),
    proof: cproof.map(b64),
  };

  const registry = await signer('registry-1');
  const witness = await signer('witness-1');
  const statement = { iss: 'sochung-registry', size, root: inclusion.root, chainHash: leafHash, iat: 1_800_000_000 };
  const jws = await registry.sign(statement, CHECKPOINT_JWS_TYPE);
  const cosignature = await witness.sign(
    { iss: 'sochung-witness', origin: 'sochung-registry', size, root: inclusion.root, iat: 1_800_000_001 },
    COSIGNATURE_JWS_TYPE,
  );
  const entry = {
    seq: String(inclusion.index),
    leafHash,
    inclusionProof: inclusion.proof,
    checkpoint: { size: String(size), rootHash: inclusion.root, jws, cosignature },
  };
  const receipt = await registry.sign(RECEIPT_ARTEFACT, CONSENT_RECEIPT_JWS_TYPE);
  const jwks = { keys: [registry.jwk] };
  const witnessJwks = { keys: [witness.jwk] };
  const spoiled = [...inclusion.proof];
  spoiled[1] = inclusion.proof[0];
  return [
    { fn: 'verifyInclusionProof', args: [inclusion], holds: true },
    { fn: 'verifyInclusionProof', args: [{ ...inclusion, proof: spoiled }], holds: false },
    { fn: 'verifyConsistencyProof', args: [consistency], holds: true },
    { fn: 'verifyConsistencyProof', args: [{ ...consistency, oldSize: size2, newSize: size1 }], holds: false },
    { fn: 'verifyEntryProof', args: [entry, jwks, witnessJwks], holds: true },
    { fn: 'verifyEntryProof', args: [entry, witnessJwks, witnessJwks], holds: false },
    { fn: 'verifyEntryProof', args: [entry, jwks, jwks], holds: false },
    { fn: 'verifyEntryProof', args: [{ ...entry, inclusionProof: spoiled }, jwks, witnessJwks], holds: false },
    { fn: 'verifyCosignedCheckpoint', args: [jws, cosignature, jwks, witnessJwks], holds: true },
    { fn: 'verifyConsentReceipt', args: [receipt, jwks], holds: true },
    { fn: 'verifyConsentReceipt', args: [receipt, witnessJwks], holds: false },
  ];
}

async function signer(kid: string): Promise<{ jwk: JWK; sign: (claims: object, typ: string) => Promise<string> }> {
  const { privateKey, publicKey } = await generateKeyPair('Ed25519', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  const sign = (claims: object, typ: string) =>
    new SignJWT({ ...claims }).setProtectedHeader({ alg: 'EdDSA', kid, typ }).sign(privateKey);
  return { jwk, sign };
}
