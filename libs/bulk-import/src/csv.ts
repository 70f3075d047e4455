/** One record of a CSV file: its fields, the line it starts on, and what is wrong with its syntax. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts (a quoted field may span lines). */
  line: number;
  /** Set when the record is malformed, e.g. a quoted field that never ends. */
  problem?: string;
}

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

const UNQUOTED_STOP = /[,\r\n"]/g;

/**
 * A streaming CSV parser (RFC 4180): fields separated by commas, records by LF or CRLF (or a
 * lone CR), fields in double quotes may hold commas, line breaks and doubled quotes. Feed it
 * text in chunks of any size: a record split across chunks comes out whole. Blank lines
 * are skipped; a byte-order mark at the start is dropped. Malformed input does not stop it:
 * the record comes out with a `problem`, so that the caller can reject that one row.
 */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  private state: State = 'fieldStart';
  private problem: string | undefined;
  private line = 1;
  private recordLine = 1;
  // A CR ended the last record; a LF right after it belongs to the same line break.
  private afterCR = false;
  private started = false;

  /** The records completed by this chunk. */
  push(chunk: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.afterCR) {
        this.afterCR = false;
        if (text.charCodeAt(i) === 10) {
          i++;
          continue;
        }
      }
      switch (this.state) {
        case 'fieldStart':
          if (text.charCodeAt(i) === 34) {
            this.state = 'quoted';
            i++;
          } else {
            this.state = 'unquoted';
          }
          break;
        case 'unquoted': {
          UNQUOTED_STOP.lastIndex = i;
          const stop = UNQUOTED_STOP.exec(text);
          const end = stop ? stop.index : n;
          this.field += text.slice(i, end);
          i = end;
          if (!stop) break;
          const c = stop[0];
          i++;
          if (c === ',') this.endField();
          else if (c === '"') {
            this.problem ??= `a quote inside a field that does not start with one (field ${this.fields.length + 1})`;
            this.field += '"';
          } else this.endRecord(records, c === '\r');
          break;
        }
        case 'quoted': {
          const quote = text.indexOf('"', i);
          const end = quote === -1 ? n : quote;
          const part = text.slice(i, end);
          this.countLineBreaks(part);
          this.field += part;
          i = end;
          if (quote !== -1) {
            this.state = 'quoteInQuoted';
            i++;
          }
          break;
        }
        case 'quoteInQuoted': {
          const c = text.charCodeAt(i);
          if (c === 34) {
            this.field += '"';
            this.state = 'quoted';
            i++;
          } else if (c === 44) {
            this.endField();
            i++;
          } else if (c === 10 || c === 13) {
            this.endRecord(records, c === 13);
            i++;
          } else {
            this.problem ??= `text after the closing quote of field ${this.fields.length + 1}`;
            this.state = 'unquoted';
          }
          break;
        }
      }
    }
    return records;
  }

  /** The last record, if the text did not end with a line break. */
  end(): CsvRecord[] {
    const records: CsvRecord[] = [];
    if (this.state === 'quoted') {
      this.problem ??= `a quoted field (field ${this.fields.length + 1}) that never ends`;
    }
    if (this.state !== 'fieldStart' || this.fields.length > 0) this.endRecord(records, false);
    return records;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'fieldStart';
  }

  private endRecord(records: CsvRecord[], byCR: boolean): void {
    this.endField();
    const blank = this.fields.length === 1 && this.fields[0] === '' && this.problem === undefined;
    if (!blank) {
      const record: CsvRecord = { fields: this.fields, line: this.recordLine };
      if (this.problem !== undefined) record.problem = this.problem;
      records.push(record);
    }
    this.fields = [];
    this.problem = undefined;
    this.afterCR = byCR;
    this.line++;
    this.recordLine = this.line;
  }

  // Inside quotes only LF counts (CRLF once): a file with lone CRs has them between records.
  private countLineBreaks(text: string): void {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.line++;
  }
}

/** Reads CSV records from a stream of text, one at a time; the stream waits while the caller works. */
export async function* readCsv(source: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser();
  for await (const chunk of source) yield* parser.push(chunk);
  yield* parser.end();
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV line ending in LF, each field quoted only when it holds a quote, comma or line break. */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map((field) => csvField(field)).join(',')}\n`;
}

function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
