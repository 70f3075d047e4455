import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { StaleVersionError } from './stale-version.error';

const ROOT = resolve(__dirname, '..', '..', '..');

describe('STALE_VERSION', () => {
  it('carries the versions in the same details for every record, beside its key', () => {
    const agreement = new StaleVersionError({ name: 'Agreement 12/2026', key: { agreementNumber: '12/2026' } }, 3, 4);
    expect(agreement.code).toBe('STALE_VERSION');
    expect(agreement.details).toEqual({ agreementNumber: '12/2026', expectedVersion: 3, currentVersion: 4 });
    expect(agreement.message).toBe('Agreement 12/2026 is at version 4, not 3: reload it and apply the change again');
    const gone = new StaleVersionError({ name: 'The record' }, 2, null);
    expect(gone.details).toEqual({ expectedVersion: 2, currentVersion: null });
    expect(gone.message).toMatch(/^The record has no current version any more/);
  });

  // Issue 13: it was declared four times, in three shapes; the servers declare it here only.
  it('is declared once, here, in the servers’ code', () => {
    const declaring = execFileSync(
      'git',
      ['grep', '--untracked', '-l', "code = 'STALE_VERSION'", '--', 'apps', 'libs', ':!apps/web/client', ':!*.spec.ts'],
      { cwd: ROOT, encoding: 'utf8' },
    )
      .trim()
      .split('\n');
    expect(declaring).toEqual(['libs/errors/src/stale-version.error.ts']);
  });
});
