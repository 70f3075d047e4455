/**
 * Just enough of the PostgreSQL v3 wire protocol to frame what clients send and to
 * answer the few requests PGlite itself does not handle (SSL negotiation, cancellation).
 */

export const SSL_REQUEST_CODE = 80877103;
export const GSSENC_REQUEST_CODE = 80877104;
export const CANCEL_REQUEST_CODE = 80877102;
export const PROTOCOL_VERSION_3 = 196608;

/** A frontend message exactly as it arrived, with its type byte (null for start-up-phase packets). */
export interface FrontendMessage {
  type: string | null;
  /** For start-up-phase packets: the request code or protocol version. */
  code?: number;
  bytes: Buffer;
}

/**
 * Splits a byte stream into complete frontend messages. Before the start-up message a
 * connection sends untyped packets (length + code); after it, typed ones (byte + length).
 */
export class FrontendMessageReader {
  // Chunks are kept apart until a whole message has arrived: concatenating on every chunk
  // would make a large message cost time quadratic in its size.
  private chunks: Buffer[] = [];
  private buffered = 0;
  private needed = 8;
  private startupDone = false;

  constructor(private readonly maxMessageBytes: number) {}

  push(chunk: Buffer): FrontendMessage[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const messages: FrontendMessage[] = [];
    while (this.buffered >= this.needed) {
      const buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
      this.chunks = [buffer];
      const message = this.startupDone ? this.readTyped(buffer) : this.readStartupPhase(buffer);
      if (!message) continue; // `needed` grew to the declared length; wait for it
      messages.push(message);
      const rest = buffer.subarray(message.bytes.length);
      this.chunks = rest.length ? [rest] : [];
      this.buffered = rest.length;
      this.needed = this.startupDone ? 5 : 8;
    }
    return messages;
  }

  private readStartupPhase(buffer: Buffer): FrontendMessage | null {
    const length = buffer.readInt32BE(0);
    this.checkLength(length, 8);
    if (buffer.length < length) {
      this.needed = length;
      return null;
    }
    const code = buffer.readInt32BE(4);
    if (code === PROTOCOL_VERSION_3) this.startupDone = true;
    return { type: null, code, bytes: buffer.subarray(0, length) };
  }

  private readTyped(buffer: Buffer): FrontendMessage | null {
    const length = buffer.readInt32BE(1);
    this.checkLength(length, 4);
    if (buffer.length < length + 1) {
      this.needed = length + 1;
      return null;
    }
    const type = String.fromCharCode(buffer[0]);
    if (!FRONTEND_TYPES.has(type)) throw new ProtocolViolation(`frontend message type '${type}' is not supported`);
    return { type, bytes: buffer.subarray(0, length + 1) };
  }

  private checkLength(length: number, minimum: number): void {
    if (length < minimum || length > this.maxMessageBytes) {
      throw new ProtocolViolation(`frontend message length ${length} is out of bounds`);
    }
  }
}

/**
 * The message types served: simple and extended query, and Terminate. Anything else (COPY
 * data, function calls, unknown bytes) would put PGlite out of step with the protocol.
 */
const FRONTEND_TYPES = new Set(['Q', 'P', 'B', 'E', 'D', 'C', 'S', 'H', 'X']);

/** Why a unit cannot be served by the embedded database, or null. */
export function unsupportedInUnit(messages: FrontendMessage[]): string | null {
  for (const message of messages) {
    if (message.type === 'P') {
      const nameEnd = message.bytes.indexOf(0, 5);
      if (nameEnd > 5) return 'named prepared statements are not supported by the embedded database';
      const sql = message.bytes.toString('utf8', nameEnd + 1, message.bytes.indexOf(0, nameEnd + 1));
      if (COPY_FROM_STDIN.test(sql)) return 'COPY … FROM STDIN is not supported by the embedded database';
    } else if (message.type === 'Q') {
      if (COPY_FROM_STDIN.test(message.bytes.toString('utf8', 5)))
        return 'COPY … FROM STDIN is not supported by the embedded database';
    }
  }
  return null;
}

const COPY_FROM_STDIN = /\bCOPY\b[\s\S]*\bFROM\s+STDIN\b/i;

/** Query 'ROLLBACK' then Sync: ends whatever a departed session left open, explicit or implicit. */
export const ROLLBACK_AND_SYNC: readonly Buffer[] = [
  Buffer.concat([Buffer.from('Q'), int32(4 + 9), Buffer.from('ROLLBACK\0')]),
  Buffer.from([0x53, 0, 0, 0, 4]),
];

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}

/** The client broke the protocol; the connection is closed. */
export class ProtocolViolation extends Error {}

/** ErrorResponse followed by ReadyForQuery, for refusing a unit of work without running it. */
export function errorResponse(sqlState: string, message: string): Buffer {
  const fields = Buffer.concat([
    field('S', 'ERROR'),
    field('V', 'ERROR'),
    field('C', sqlState),
    field('M', message),
    Buffer.from([0]),
  ]);
  const error = Buffer.alloc(5);
  error.write('E', 0, 'latin1');
  error.writeInt32BE(fields.length + 4, 1);
  const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // 'Z', length 5, status 'I'
  return Buffer.concat([error, fields, ready]);
}

function field(code: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(code, 'latin1'), Buffer.from(value, 'utf8'), Buffer.from([0])]);
}
