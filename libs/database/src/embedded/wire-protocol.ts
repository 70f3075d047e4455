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
  private buffer: Buffer = Buffer.alloc(0);
  private startupDone = false;

  constructor(private readonly maxMessageBytes: number) {}

  push(chunk: Buffer): FrontendMessage[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const messages: FrontendMessage[] = [];
    for (;;) {
      const message = this.startupDone ? this.readTyped() : this.readStartupPhase();
      if (!message) return messages;
      messages.push(message);
    }
  }

  private readStartupPhase(): FrontendMessage | null {
    if (this.buffer.length < 8) return null;
    const length = this.buffer.readInt32BE(0);
    this.checkLength(length, 8);
    if (this.buffer.length < length) return null;
    const code = this.buffer.readInt32BE(4);
    const bytes = this.take(length);
    if (code === PROTOCOL_VERSION_3) this.startupDone = true;
    return { type: null, code, bytes };
  }

  private readTyped(): FrontendMessage | null {
    if (this.buffer.length < 5) return null;
    const length = this.buffer.readInt32BE(1);
    this.checkLength(length, 4);
    if (this.buffer.length < length + 1) return null;
    const type = String.fromCharCode(this.buffer[0]);
    return { type, bytes: this.take(length + 1) };
  }

  private checkLength(length: number, minimum: number): void {
    if (length < minimum || length > this.maxMessageBytes) {
      throw new ProtocolViolation(`frontend message length ${length} is out of bounds`);
    }
  }

  private take(length: number): Buffer {
    const bytes = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return bytes;
  }
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
