/**
 * Work waiting in the console on a fresh `npm start`, so that a newcomer signed in as a demo
 * steward finds something to do: a change request of another steward to approve (the four-eyes
 * rule: st-minh approves what st-lan asked) and an open data-quality finding. Never loaded by
 * the tests' graphs, which make the work they need themselves.
 */
export const DEMO_CHANGE_REQUESTS = [
  {
    personalIdNumber: '048088007654',
    kind: 'identity',
    // The record knows the month of birth only; the birth certificate gives the day.
    changes: { birthYear: 1988, birthMonth: 7, birthDay: 21 },
    reason: 'Bổ sung ngày sinh theo giấy khai sinh bản sao số 12/2026 (dữ liệu mẫu)',
    requestedBy: 'st-lan',
  },
] as const;

export const DEMO_DATA_QUALITY_FINDINGS = [
  {
    personalIdNumber: '031203000777',
    kind: 'INCOMPLETE_BIRTH_DATE',
    message: 'Chỉ có năm sinh; cần đối chiếu giấy khai sinh để bổ sung ngày, tháng (dữ liệu mẫu)',
    openedBy: 'st-minh',
  },
] as const;
