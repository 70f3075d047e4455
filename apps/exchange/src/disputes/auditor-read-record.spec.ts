import { valuesHash } from '@app/access';
import type { OperatorPrincipal } from '@app/auth';
import { auditorReadRecords, type DisputeRead } from './auditor-read-record';

const auditor = { kind: 'auditor', operatorId: 'aud-chi' } as OperatorPrincipal;
const read = (id: string, personalIdNumber: string): DisputeRead => ({
  id,
  personalIdNumber,
  entrySeq: '7',
  version: 2,
  text: 'Tôi không nhận ra',
  answer: null,
});

describe("the access records of an auditor's read of disputes", () => {
  it('records one release per citizen, naming the disputes read, under the request id', () => {
    const records = auditorReadRecords(auditor, [read('d1', 'A'), read('d2', 'B'), read('d3', 'A')], 'req-1');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      outcome: 'released',
      requestId: 'req-1',
      recordedBy: 'exchange',
      callerKind: 'auditor',
      callerId: 'aud-chi',
      agencyCode: null,
      subjectKind: 'citizen',
      subjectId: 'A',
      categories: ['exchange.dispute'],
      bases: { 'exchange.dispute': { kind: 'dispute', disputeIds: ['d1', 'd3'] } },
      consentIds: [],
      sealedUntil: null,
    });
    expect(records[1]).toMatchObject({ subjectId: 'B', bases: { 'exchange.dispute': { disputeIds: ['d2'] } } });
    expect(records[0].fields).toContain('AccessDispute.text');
    expect(records[0].fields).toContain('AccessDispute.accessRecord');
  });

  it('hashes what was shown, so a later change of the dispute is told apart', () => {
    const [before] = auditorReadRecords(auditor, [read('d1', 'A')], 'r');
    const [after] = auditorReadRecords(auditor, [{ ...read('d1', 'A'), answer: 'Đã trả lời' }], 'r');
    expect(before.valuesHash).not.toBe(after.valuesHash);
    expect(before.valuesHash).not.toBe(valuesHash({}));
  });

  it('records nothing when nothing was shown', () => {
    expect(auditorReadRecords(auditor, [], 'r')).toEqual([]);
  });
});
