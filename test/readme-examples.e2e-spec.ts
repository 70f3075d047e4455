import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { parseTokenArguments } from '../tools/token/token-arguments';
import { startTestGraph, type TestGraph } from '../tools/graph/start-graph';
import { readmeBlocks, type ReadmeBlock } from './support/readme-blocks';

/*
 * README.md's examples, run against a test graph in the order they appear, so that the page a
 * newcomer follows keeps working. The convention, for whoever edits README.md:
 *
 *   ```graphql   one GraphQL operation, sent to the gateway with the token named just above it:
 *                <!-- token: agency BTC-CT --purpose TAX_ADMINISTRATION -->  (the arguments of
 *                `npm run --silent token --`, or `none` for a public query). Passes when the
 *                answer has no `errors`.
 *   ```sh        shell commands, run by bash in the repository with the graph's settings (its
 *                ports, its database, its development issuer's key); the README's default
 *                gateway address 127.0.0.1:4000 is the test graph's. Passes when it exits 0
 *                and prints no GraphQL `errors`.
 *   <!-- not-run: why -->  just above a graphql or sh block: not run, and the reason says why.
 *
 * Other blocks (json answers, diagrams, the layout) are not run.
 */

const README = join(__dirname, '..', 'README.md');
const RUNNABLE = new Set(['graphql', 'sh']);
const BLOCK_TIMEOUT_MS = 120_000;

const blocks = readmeBlocks(readFileSync(README, 'utf8')).filter((block) => RUNNABLE.has(block.lang));
let graph: TestGraph | undefined;

beforeAll(async () => {
  graph = await startTestGraph();
});

afterAll(async () => {
  await graph?.close();
});

/** Where the failure is: README.md:<line>, the block's first line, and why. */
function failure(block: ReadmeBlock, why: string): Error {
  const first = block.body.split('\n').find((line) => line.trim()) ?? '';
  return new Error(`README.md:${block.line} (\`\`\`${block.lang} ${first.trim().slice(0, 80)}): ${why}`);
}

function errorsIn(text: string): unknown[] | null {
  try {
    const parsed = JSON.parse(text) as { errors?: unknown[] } | null;
    return parsed && Array.isArray(parsed.errors) && parsed.errors.length > 0 ? parsed.errors : null;
  } catch {
    return null;
  }
}

async function runGraphql(block: ReadmeBlock): Promise<void> {
  const token = block.notes.token;
  if (!token)
    throw failure(block, 'say which token runs it (<!-- token: … -->) or why it is not run (<!-- not-run: … -->)');
  const call = request(graph!.gatewayUrl).post('/graphql');
  if (token !== 'none') {
    const parsed = parseTokenArguments(token.split(/\s+/));
    if (parsed.help) throw failure(block, `<!-- token: ${token} --> mints no token`);
    call.set('Authorization', `Bearer ${graph!.tokens.mint(parsed.claims)}`);
  }
  const response = await call.send({ query: block.body });
  const errors = errorsIn(response.text);
  if (response.status !== 200 || errors) {
    throw failure(block, `HTTP ${response.status} with token "${token}": ${JSON.stringify(errors ?? response.text)}`);
  }
}

async function runShell(block: ReadmeBlock): Promise<void> {
  const gateway = new URL(graph!.gatewayUrl).host;
  const script = block.body.replace(/(127\.0\.0\.1|localhost):4000\b/g, gateway);
  const child = spawn('bash', ['-c', `set -eo pipefail\n${script}`], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, ...graph!.toolEnv },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (status !== 0) throw failure(block, `exit ${status}\n${stderr}${stdout}`.trim());
  const errors = errorsIn(stdout.trim());
  if (errors) throw failure(block, `the answer has errors: ${JSON.stringify(errors)}`);
}

describe('README.md examples', () => {
  it('has examples to run, and says of each block it does not run why', () => {
    expect(blocks.filter((block) => !('not-run' in block.notes)).length).toBeGreaterThan(0);
    const unexplained = blocks.filter((block) => 'not-run' in block.notes && !block.notes['not-run']);
    expect(unexplained.map((block) => `README.md:${block.line} has <!-- not-run: --> with no reason`)).toEqual([]);
  });

  for (const block of blocks) {
    const name = `README.md:${block.line} (${block.lang})`;
    if ('not-run' in block.notes) continue;
    it(
      name,
      async () => {
        if (block.lang === 'graphql') await runGraphql(block);
        else await runShell(block);
      },
      BLOCK_TIMEOUT_MS,
    );
  }
});
