import {
  FrontendMessageReader,
  PROTOCOL_VERSION_3,
  ProtocolViolation,
  SSL_REQUEST_CODE,
  errorResponse,
} from './wire-protocol';

const startup = () => {
  const body = Buffer.from('user\0postgres\0\0');
  const packet = Buffer.alloc(8 + body.length);
  packet.writeInt32BE(packet.length, 0);
  packet.writeInt32BE(PROTOCOL_VERSION_3, 4);
  body.copy(packet, 8);
  return packet;
};
const typed = (type: string, payload: string) => {
  const body = Buffer.from(payload);
  const packet = Buffer.alloc(5 + body.length);
  packet.write(type, 0, 'latin1');
  packet.writeInt32BE(4 + body.length, 1);
  body.copy(packet, 5);
  return packet;
};

describe('FrontendMessageReader', () => {
  it('frames start-up packets, then typed messages, across arbitrary chunk boundaries', () => {
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(SSL_REQUEST_CODE, 4);
    const stream = Buffer.concat([ssl, startup(), typed('Q', 'SELECT 1\0'), typed('S', '')]);
    const reader = new FrontendMessageReader(1024);
    const messages = [];
    for (let i = 0; i < stream.length; i += 3) messages.push(...reader.push(stream.subarray(i, i + 3)));
    expect(messages.map((m) => m.type ?? m.code)).toEqual([SSL_REQUEST_CODE, PROTOCOL_VERSION_3, 'Q', 'S']);
    expect(messages[2].bytes.toString('latin1', 5)).toBe('SELECT 1\0');
  });

  it('refuses a message longer than the limit instead of buffering it', () => {
    const reader = new FrontendMessageReader(64);
    reader.push(startup());
    expect(() => reader.push(typed('Q', 'x'.repeat(100)))).toThrow(ProtocolViolation);
  });
});

describe('errorResponse', () => {
  it('is an ErrorResponse with SQLSTATE and message, then ReadyForQuery', () => {
    const bytes = errorResponse('55P03', 'busy');
    expect(String.fromCharCode(bytes[0])).toBe('E');
    expect(bytes.toString('utf8')).toContain('C55P03\0');
    expect(bytes.toString('utf8')).toContain('Mbusy\0');
    expect([...bytes.subarray(bytes.length - 6)]).toEqual([0x5a, 0, 0, 0, 5, 0x49]);
  });
});
