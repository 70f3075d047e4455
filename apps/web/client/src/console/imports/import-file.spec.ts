import { describe, expect, it } from '@jest/globals';
import { countDataRows, fileProblem, MAX_UPLOAD_BYTES, percentRead, rejectsFileName } from './import-file';

describe('the file a steward uploads', () => {
  it('must be a CSV file of at most 512 KiB, with something in it', () => {
    expect(fileProblem(null)).toBe('none');
    expect(fileProblem({ name: 'danh-sach.xlsx', size: 10 })).toBe('notCsv');
    expect(fileProblem({ name: 'danh-sach.CSV', size: 0 })).toBe('empty');
    expect(fileProblem({ name: 'danh-sach.csv', size: MAX_UPLOAD_BYTES + 1 })).toBe('tooLarge');
    expect(fileProblem({ name: 'danh-sach.csv', size: MAX_UPLOAD_BYTES })).toBeNull();
  });

  it('names its rejects file after it', () => {
    expect(rejectsFileName('ho-khau.csv')).toBe('ho-khau-rejects.csv');
    expect(rejectsFileName('HO KHAU.CSV')).toBe('HO KHAU-rejects.csv');
  });

  it('counts its data rows: not the header, not blank lines, a quoted line break inside one row', () => {
    expect(countDataRows('a,b\n')).toBe(0);
    expect(countDataRows('a,b\r\n1,2\r\n3,4')).toBe(2);
    expect(countDataRows('a,b\n1,"x\ny"\n\n3,4\n')).toBe(2);
    expect(percentRead(5, 20)).toBe(25);
    expect(percentRead(30, 20)).toBe(100);
    expect(percentRead(5, undefined)).toBeNull();
  });
});
