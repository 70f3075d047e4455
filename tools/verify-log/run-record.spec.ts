import { MAX_SUMMARY, operatingSystemUser, recordRun, summaryLine, type VerificationRun } from './run-record';

const RUN: VerificationRun = {
  startedAt: new Date('2026-11-20T01:00:00Z'),
  finishedAt: new Date('2026-11-20T01:00:02Z'),
  verdict: 'holds',
  entriesChecked: 300,
  anchor: { size: 300, root: 'r'.repeat(43), by: 'the witness sochung-witness' },
  summary: 'verify-log: OK db/x: 300 records (all signed, all cosigned)',
  ranBy: 'aud-chi',
};

describe('a verify-log run, as it is recorded', () => {
  it("keeps the tool's first line only, on one line, at most MAX_SUMMARY characters", () => {
    expect(summaryLine('verify-log: BROKEN at record 17, check leaf-hash: x\n  expected: a\n  found:    b')).toBe(
      'verify-log: BROKEN at record 17, check leaf-hash: x',
    );
    expect(summaryLine('a\tb\rc')).toBe('a b c');
    const long = summaryLine('x'.repeat(MAX_SUMMARY + 10));
    expect(long).toHaveLength(MAX_SUMMARY);
    expect(long.endsWith('…')).toBe(true);
  });

  it('names the operating-system user', () => {
    expect(operatingSystemUser()).toMatch(/\S/);
  });

  it('writes one row, sizes as decimal text', async () => {
    const calls: unknown[][] = [];
    const client = { query: (sql: string, values: unknown[]) => Promise.resolve(calls.push([sql, values])) };
    await expect(recordRun(client as never, RUN)).resolves.toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0][0]).toMatch(/^INSERT INTO exchange\.log_verification_runs/);
    expect(calls[0][1]).toEqual([
      RUN.startedAt,
      RUN.finishedAt,
      'holds',
      '300',
      '300',
      'r'.repeat(43),
      'the witness sochung-witness',
      RUN.summary,
      'aud-chi',
    ]);
    await recordRun(client as never, { ...RUN, verdict: 'could_not_check', entriesChecked: 0, anchor: null });
    expect(calls[1][1]).toEqual(expect.arrayContaining(['could_not_check', '0', null]));
  });

  it('a connection that cannot write: a warning to print, never an error that would change the verdict', async () => {
    const readOnly = {
      query: () => Promise.reject(new Error('cannot execute INSERT in a read-only transaction')),
    };
    await expect(recordRun(readOnly as never, RUN)).resolves.toBe(
      'verify-log: warning: this run was not recorded in exchange.log_verification_runs: cannot execute INSERT in a read-only transaction',
    );
  });
});
