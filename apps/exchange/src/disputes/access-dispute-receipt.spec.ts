import { disputeReceiptArtefact, type DisputeState } from './access-dispute-receipt';

const at = new Date('2026-12-02T07:08:09.123Z');
const dispute = (status: DisputeState['status'], answer: string | null = null): DisputeState => ({
  id: 'd1',
  version: 1,
  personalIdNumber: '001085012345',
  entrySeq: '17',
  status,
  text: 'Tôi không nhận ra',
  answer,
  updatedAt: at,
});
const receipt = { iss: 'https://registry', jti: 'r1', requestId: 'req-1' };

describe("a dispute receipt's artefact", () => {
  it('says what happened, to which entry, word for word, who did it and when', () => {
    expect(disputeReceiptArtefact(dispute('open'), { kind: 'citizen', id: '001085012345' }, receipt)).toEqual({
      iss: 'https://registry',
      jti: 'r1',
      iat: Math.floor(at.getTime() / 1000),
      disputeId: 'd1',
      version: 1,
      event: 'opened',
      subject: '001085012345',
      entrySeq: '17',
      status: 'open',
      text: 'Tôi không nhận ra',
      answer: null,
      changedBy: { kind: 'citizen', id: '001085012345' },
      requestId: 'req-1',
      time: '2026-12-02T07:08:09.123Z',
    });
  });

  it('names the event by the status it led to', () => {
    const auditor = { kind: 'auditor', id: 'aud-chi' } as const;
    expect(disputeReceiptArtefact(dispute('under_review'), auditor, receipt).event).toBe('taken_up');
    for (const status of ['answered', 'upheld', 'rejected'] as const) {
      const artefact = disputeReceiptArtefact(dispute(status, 'Đã xem xét'), auditor, receipt);
      expect(artefact).toMatchObject({ event: 'decided', status, answer: 'Đã xem xét' });
    }
  });
});
