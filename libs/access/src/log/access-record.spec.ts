import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { recordBytes, recordBytesTemplate, type AccessRecordInput, type SequencedRecord } from './access-record';

/** The leaf bytes as they were first defined: the whole record, canonical JSON, in one go. */
function wholeRecordBytes(record: SequencedRecord): Buffer {
  return Buffer.from(
    canonicalJson({
      ...record,
      clientRequestId: record.clientRequestId ?? undefined,
      bulk: record.bulk === true ? true : undefined,
      seq: String(record.seq),
      recordedAt: record.recordedAt.toISOString(),
      sealedUntil: record.sealedUntil ? record.sealedUntil.toISOString() : null,
    }),
  );
}

const text = fc.string({ unit: 'binary', maxLength: 12 });
const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
const input: fc.Arbitrary<AccessRecordInput> = fc.record(
  {
    outcome: fc.constantFrom('released' as const, 'refused' as const),
    requestId: text,
    clientRequestId: fc.option(text, { nil: undefined }),
    recordedBy: text,
    callerKind: text,
    callerId: text,
    agencyCode: fc.option(text),
    officerId: fc.option(text),
    caseReference: fc.option(text),
    purpose: fc.option(text),
    subjectKind: text,
    subjectId: text,
    categories: fc.array(text, { maxLength: 3 }),
    fields: fc.array(text, { maxLength: 3 }),
    bases: fc.dictionary(text, fc.oneof(text, fc.integer(), fc.record({ seq: text, recordedAt: text }))),
    consentIds: fc.array(text, { maxLength: 2 }),
    sealedUntil: fc.option(date),
    valuesHash: text,
    bulk: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['outcome', 'requestId', 'recordedBy', 'callerKind', 'callerId', 'subjectKind', 'subjectId'] },
) as fc.Arbitrary<AccessRecordInput>;

describe('recordBytesTemplate', () => {
  it('gives, once seq and time are filled in, the very bytes of the whole record', () => {
    fc.assert(
      fc.property(input, fc.nat(), date, (record, seq, recordedAt) => {
        const expected = wholeRecordBytes({ ...record, seq, recordedAt });
        expect(recordBytesTemplate(record)(seq, recordedAt).equals(expected)).toBe(true);
        expect(recordBytes({ ...record, seq, recordedAt }).equals(expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('can be filled in again: a retried batch numbers the record anew', () => {
    const [record] = fc.sample(input, { numRuns: 1, seed: 42 });
    const template = recordBytesTemplate(record);
    const at = new Date('2026-12-06T10:00:00Z');
    template(1, at);
    expect(template(7, at).equals(wholeRecordBytes({ ...record, seq: 7, recordedAt: at }))).toBe(true);
  });
});
