import { Readable } from 'node:stream';
import { CsvParser, csvLine, readCsv, type CsvRecord } from './csv';

/** Parses the text fed in chunks of `size` characters (every split point, for size 1). */
function parse(text: string, size = text.length || 1): CsvRecord[] {
  const parser = new CsvParser();
  const records: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
  records.push(...parser.end());
  return records;
}

const fieldsOf = (records: CsvRecord[]) => records.map((record) => record.fields);

describe('CsvParser', () => {
  it('reads plain fields, LF records, and a last record without a line break', () => {
    expect(fieldsOf(parse('a,b,c\n1,2,3\n4,,6'))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '', '6'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'name,address\n"Nguyễn ""Tí"" Văn","Số 1, ngõ 2\nphường Bến Nghé"\n"",x\n';
    expect(fieldsOf(parse(text))).toEqual([
      ['name', 'address'],
      ['Nguyễn "Tí" Văn', 'Số 1, ngõ 2\nphường Bến Nghé'],
      ['', 'x'],
    ]);
  });

  it('treats CRLF like LF, inside quotes keeps it, and counts lines from 1', () => {
    const records = parse('h1,h2\r\n"a\r\nb",c\r\nd,e\r\n');
    expect(fieldsOf(records)).toEqual([
      ['h1', 'h2'],
      ['a\r\nb', 'c'],
      ['d', 'e'],
    ]);
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('ends records at a lone CR too', () => {
    expect(fieldsOf(parse('a,b\rc,d\r'))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('gives the line a record starts on, past multi-line fields and blank lines', () => {
    const records = parse('h\n\n"one\ntwo\nthree"\n\nlast\n');
    expect(records.map((record) => [record.line, record.fields])).toEqual([
      [1, ['h']],
      [3, ['one\ntwo\nthree']],
      [7, ['last']],
    ]);
  });

  it('drops a byte-order mark at the start', () => {
    expect(fieldsOf(parse('\uFEFFa,b\n'))).toEqual([['a', 'b']]);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = '\uFEFFh1,h2\r\n"x, ""y""\r\nz",2\r\n\r\nplain,"q"\n"unterminated';
    const whole = parse(text);
    for (const size of [1, 2, 3, 5, 7]) expect(parse(text, size)).toEqual(whole);
  });

  it('passes a NUL byte through, for the row rules to refuse', () => {
    expect(fieldsOf(parse('a\u0000b,c\n'))).toEqual([['a\u0000b', 'c']]);
  });

  it('marks malformed records instead of stopping', () => {
    const records = parse('ok,1\nbad"quote,2\n"closed"junk,3\n"never closed,4\n');
    expect(records.map((record) => [record.line, record.problem])).toEqual([
      [1, undefined],
      [2, 'a quote inside a field that does not start with one (field 1)'],
      [3, 'text after the closing quote of field 1'],
      [4, 'a quoted field (field 1) that never ends'],
    ]);
    expect(records[2].fields).toEqual(['closedjunk', '3']);
  });

  it('reads a stream of chunks', async () => {
    const records: CsvRecord[] = [];
    for await (const record of readCsv(Readable.from(['a,"b', '\nc"\n', 'd,e']))) records.push(record);
    expect(fieldsOf(records)).toEqual([
      ['a', 'b\nc'],
      ['d', 'e'],
    ]);
  });
});

describe('csvLine', () => {
  it('quotes only the fields that need it, and reads back the same', () => {
    const fields = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', '', 'Đặng Thị Ánh'];
    const line = csvLine(fields);
    expect(line).toBe('plain,"a,b","say ""hi""","two\nlines","cr\r",,Đặng Thị Ánh\n');
    expect(fieldsOf(parse(line))).toEqual([fields]);
  });

  it('writes null and undefined as empty fields and numbers as digits', () => {
    expect(csvLine([null, undefined, 42])).toBe(',,42\n');
  });
});
