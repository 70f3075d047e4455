import { describe, expect, it } from '@jest/globals';
import { changeRows, parseChanges, partialDateText, type CurrentRecord } from './change-diff';
import { cleanNote, noteProblem } from './decision-note';
import { filterRequests, requestFilterFrom } from './queue-list';

// The queue's pure parts: the readable diff of a request, its filters, the reason's rules.

const HOA: CurrentRecord = {
  personalIdNumber: '048088007654',
  fullName: 'Lê Thị Hoa',
  familyName: 'Lê',
  middleName: 'Thị',
  givenName: 'Hoa',
  sex: 'FEMALE',
  birthDate: { year: 1988, month: 7, day: null },
  oldIdNumber: null,
  vitalStatus: 'ALIVE',
  vitalStatusDate: null,
  version: 1,
};

describe('the diff of a change request', () => {
  it('shows the three birth columns as one date, now and proposed', () => {
    const rows = changeRows({ birthYear: 1988, birthMonth: 7, birthDay: 21 }, HOA);
    expect(rows).toEqual([
      { field: 'birthDate', known: true, nowKnown: true, now: '07/1988', proposed: '21/07/1988', changed: true },
    ]);
  });

  it('keeps the parts of the date a request does not name', () => {
    expect(changeRows({ birthDay: 3 }, HOA)[0].proposed).toBe('03/07/1988');
    expect(partialDateText({ year: 1950, month: null, day: null })).toBe('1950');
  });

  it('marks unchanged values, and unknown ones when the record could not be read', () => {
    const rows = changeRows({ familyName: 'Lê', givenName: 'Hòa' }, HOA);
    expect(rows.map((row) => [row.field, row.now, row.proposed, row.changed])).toEqual([
      ['familyName', 'Lê', 'Lê', false],
      ['givenName', 'Hoa', 'Hòa', true],
    ]);
    expect(changeRows({ givenName: 'Hòa' }, null)[0]).toMatchObject({ nowKnown: false, now: null, changed: true });
  });

  it('shows a merge as the survivor it leads to, and fields it does not know by their code', () => {
    const rows = changeRows({ mergedIntoId: 'uuid', survivorPersonalIdNumber: '001085012345', shoeSize: 42 }, HOA);
    expect(rows).toEqual([
      { field: 'mergedInto', known: true, nowKnown: true, now: null, proposed: '001085012345', changed: true },
      { field: 'shoeSize', known: false, nowKnown: false, now: null, proposed: '42', changed: true },
    ]);
  });

  it('reads only a JSON object', () => {
    expect(parseChanges('{"sex":"MALE"}')).toEqual({ sex: 'MALE' });
    expect(parseChanges('[1]')).toBeNull();
    expect(parseChanges('not json')).toBeNull();
  });
});

describe('the filters', () => {
  const requests = [
    { id: 'b', kind: 'identity', requestedBy: 'st-lan', requestedAt: '2026-12-02T10:00:00Z' },
    { id: 'a', kind: 'merge', requestedBy: 'ST-MINH', requestedAt: '2026-12-01T10:00:00Z' },
    { id: 'c', kind: 'identity', requestedBy: 'st-minh', requestedAt: '2026-12-03T10:00:00Z' },
  ];
  const ids = (list: { id: string }[]) => list.map((request) => request.id);

  it('sorts oldest first and tells mine from others without regard to case', () => {
    expect(ids(filterRequests(requests, { kind: null, who: 'all' }, 'st-minh'))).toEqual(['a', 'b', 'c']);
    expect(ids(filterRequests(requests, { kind: null, who: 'mine' }, 'st-minh'))).toEqual(['a', 'c']);
    expect(ids(filterRequests(requests, { kind: 'identity', who: 'others' }, 'st-minh'))).toEqual(['b']);
  });

  it('reads the filter from the URL, anything unknown meaning all', () => {
    expect(requestFilterFrom(new URLSearchParams('kind=merge&who=mine'))).toEqual({ kind: 'merge', who: 'mine' });
    expect(requestFilterFrom(new URLSearchParams('kind=drop&who=x'))).toEqual({ kind: null, who: 'all' });
  });
});

describe('a reason or note', () => {
  it('is trimmed, line breaks become spaces, and it must fit the registry’s 500 characters', () => {
    expect(cleanNote('  Giấy tờ\nkhông khớp  ')).toBe('Giấy tờ không khớp');
    expect(noteProblem('', { required: true })).toBe('empty');
    expect(noteProblem('', { required: false })).toBeNull();
    expect(noteProblem('x'.repeat(500), { required: true })).toBeNull();
    expect(noteProblem('x'.repeat(501), { required: true })).toBe('tooLong');
    expect(noteProblem('a\u0000b', { required: true })).toBe('invalid');
  });
});
