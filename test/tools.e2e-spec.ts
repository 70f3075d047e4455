import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { DataDirLock } from '@app/database';
import { distDir, startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { graphqlClient } from './support/graphql';

let graph: TestGraph | undefined;
let scratch: string;
const gql = graphqlClient(() => graph!.gatewayUrl);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'sochung-tools-'));
  graph = await startTestGraph();
});

afterAll(async () => {
  await graph?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A compiled tool as `npm run <tool>` runs it, with the settings that point it at the test
 * graph. Not spawnSync: the graph's embedded database answers from this very process.
 */
function tool(
  name: string,
  args: string[],
  env: Record<string, string | undefined> = graph!.toolEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(distDir(), 'tools', name, 'main.js'), ...args], {
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
}

describe('npm run token against the running graph', () => {
  it('refuses an unknown agency or purpose, listing the valid ones the graph knows', async () => {
    const agency = await tool('token', ['agency', 'NO-SUCH', '--purpose', 'TAX_ADMINISTRATION']);
    expect(agency.status).toBe(2);
    expect(agency.stdout).toBe('');
    expect(agency.stderr).toContain(
      `unknown agency NO-SUCH; agencies in the running graph at ${graph!.gatewayUrl}: BCA-C06, BHXH, BTC-CT,`,
    );
    const purpose = await tool('token', ['agency', 'BTC-CT', '--purpose', 'TAX_ADMIN']);
    expect(purpose.status).toBe(2);
    expect(purpose.stderr).toMatch(
      /unknown purpose TAX_ADMIN; purposes in the running graph at .*: .*TAX_ADMINISTRATION/,
    );
  });

  it('mints for an agency registered since the demo data was loaded', async () => {
    const admin = `Bearer ${graph!.tokens.mint({ kind: 'admin', sub: 'adm-tools' })}`;
    const registered = await gql(
      'mutation { registerAgency(input: { code: "TOOLS-TEST", nameVi: "Cơ quan thử công cụ", level: CENTRAL }) { code } }',
      {},
      admin,
    );
    expect(registered.body.errors).toBeUndefined();
    const minted = await tool('token', ['agency', 'TOOLS-TEST', '--purpose', 'TAX_ADMINISTRATION']);
    expect(minted.stderr).toBe('');
    expect(minted.status).toBe(0);
    expect(minted.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
  });
});

describe('verify-receipt and verify-log fetch the keys from the configured gateway', () => {
  it('verify-receipt, with GATEWAY_PORT and no --jwks, judges a receipt with the graph’s keys', async () => {
    const { privateKey } = await generateKeyPair('EdDSA');
    const forged = await new SignJWT({ consentId: 'x' })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'consent-receipt+jwt', kid: 'not-the-registry' })
      .sign(privateKey);
    const checked = await tool('verify-receipt', [forged]);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain('the receipt does NOT verify');
    expect(checked.status).toBe(1); // 2 would be: the key set could not be fetched
  });

  it('verify-log --entry, with GATEWAY_PORT and no --jwks, reads the graph’s key set', async () => {
    const entry = join(scratch, 'entry.json');
    writeFileSync(entry, '{}');
    const checked = await tool('verify-log', ['--entry', entry]);
    // Both key sets (the registry's at the gateway, the witness's) were reached: what is left to
    // say is that the entry carries no proof to check (2), not that a key set could not be had.
    expect(`${checked.stdout}${checked.stderr}`).not.toMatch(/cannot (fetch|read)/);
    expect(checked.status).toBe(2);
  });
});

describe('seed and import while npm start holds the embedded database', () => {
  it('say so in one line, with no stack trace, and exit 1', async () => {
    const dataDir = join(scratch, 'held');
    const lock = DataDirLock.acquire(join(dataDir, 'pglite')); // as npm start's embedded server does
    try {
      const csv = join(scratch, 'citizens.csv');
      writeFileSync(csv, 'personal_id_number\n');
      const embedded = { NODE_ENV: 'development', DATA_DIR: dataDir, DATABASE_URL: undefined };
      for (const [name, args] of [
        ['seed', ['--citizens', '1']],
        ['import', ['citizens', csv]],
      ] as const) {
        const run = await tool(name, [...args], embedded);
        expect({ name, status: run.status, stderr: run.stderr }).toEqual({
          name,
          status: 1,
          stderr: `the embedded database in ${join(dataDir, 'pglite')} is in use by process ${process.pid} (npm start?): stop it first, or set DATABASE_URL to load a PostgreSQL database\n`,
        });
      }
    } finally {
      lock.release();
    }
  });
});

describe('the test graph', () => {
  it('leaves none of the folders it made once closed', async () => {
    const made = graph!.scratchFolders;
    expect(made.length).toBeGreaterThan(0);
    expect(made.filter((folder) => !existsSync(folder))).toEqual([]);
    const closing = graph!;
    graph = undefined;
    await closing.close();
    expect(made.filter((folder) => existsSync(folder))).toEqual([]);
  });
});
