// @ts-check
// A minimal WebSocket client (RFC 6455) for talking WebDriver BiDi to Firefox: Node 20 has no WebSocket
// without a flag, and BiDi needs nothing but text messages to and from a local address. Client frames are
// masked as the protocol demands; pings are answered; fragmented messages are joined.
import { randomBytes, createHash } from 'node:crypto';
import { request } from 'node:http';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa };

/**
 * @typedef {object} TextSocket
 * @property {(text: string) => void} send
 * @property {(listener: (text: string) => void) => void} onMessage
 * @property {(listener: (reason: string) => void) => void} onClose
 * @property {() => void} close
 */

/**
 * One frame from the client: FIN set, masked payload.
 * @param {number} opcode
 * @param {Buffer} payload
 */
function frame(opcode, payload) {
  const mask = randomBytes(4);
  const length = payload.length;
  const head = length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  head[0] = 0x80 | opcode;
  if (length < 126) head[1] = 0x80 | length;
  else if (length < 65536) {
    head[1] = 0x80 | 126;
    head.writeUInt16BE(length, 2);
  } else {
    head[1] = 0x80 | 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i] = body.readUInt8(i) ^ mask.readUInt8(i & 3);
  return Buffer.concat([head, mask, body]);
}

/**
 * Opens `url` (ws://host:port/path) and resolves once the handshake is done.
 * @param {string} url
 * @param {number} [timeoutMs]
 * @returns {Promise<TextSocket>}
 */
export function connectWebSocket(url, timeoutMs = 10_000) {
  const target = new URL(url);
  const key = randomBytes(16).toString('base64');
  return new Promise((resolve, reject) => {
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname + target.search,
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Key': key, 'Sec-WebSocket-Version': '13' },
      timeout: timeoutMs,
    });
    req.on('timeout', () => req.destroy(new Error(`WebSocket handshake with ${url} took longer than ${timeoutMs} ms`)));
    req.on('error', reject);
    req.on('response', (res) => reject(new Error(`WebSocket handshake with ${url} refused: HTTP ${res.statusCode}`)));
    req.on('upgrade', (res, socket, head) => {
      const expected = createHash('sha1').update(key + GUID).digest('base64');
      if (res.headers['sec-websocket-accept'] !== expected) {
        socket.destroy();
        reject(new Error(`WebSocket handshake with ${url}: wrong Sec-WebSocket-Accept`));
        return;
      }
      socket.setNoDelay(true);
      /** @type {((text: string) => void)[]} */
      const messageListeners = [];
      /** @type {((reason: string) => void)[]} */
      const closeListeners = [];
      let buffer = head.length ? Buffer.from(head) : Buffer.alloc(0);
      /** @type {Buffer[]} */
      let fragments = [];
      let closed = false;
      /** @param {string} reason */
      const finish = (reason) => {
        if (closed) return;
        closed = true;
        for (const l of closeListeners) l(reason);
      };
      const parse = () => {
        for (;;) {
          if (buffer.length < 2) return;
          const b0 = buffer.readUInt8(0);
          const b1 = buffer.readUInt8(1);
          const fin = (b0 & 0x80) !== 0;
          const opcode = b0 & 0x0f;
          const masked = (b1 & 0x80) !== 0;
          let length = b1 & 0x7f;
          let offset = 2;
          if (length === 126) {
            if (buffer.length < 4) return;
            length = buffer.readUInt16BE(2);
            offset = 4;
          } else if (length === 127) {
            if (buffer.length < 10) return;
            length = Number(buffer.readBigUInt64BE(2));
            offset = 10;
          }
          const maskKey = masked ? buffer.subarray(offset, offset + 4) : null;
          if (masked) offset += 4;
          if (buffer.length < offset + length) return;
          const payload = Buffer.from(buffer.subarray(offset, offset + length));
          if (maskKey) for (let i = 0; i < payload.length; i++) payload[i] = payload.readUInt8(i) ^ maskKey.readUInt8(i & 3);
          buffer = buffer.subarray(offset + length);
          if (opcode === OP.ping) socket.write(frame(OP.pong, payload));
          else if (opcode === OP.close) {
            if (!closed) socket.end(frame(OP.close, Buffer.alloc(0)));
            finish('closed by the server');
          } else if (opcode === OP.text || opcode === OP.binary || opcode === OP.continuation) {
            fragments.push(payload);
            if (fin) {
              const text = Buffer.concat(fragments).toString('utf8');
              fragments = [];
              for (const l of messageListeners) l(text);
            }
          }
        }
      };
      socket.on('data', (chunk) => {
        buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
        parse();
      });
      socket.on('close', () => finish('connection closed'));
      socket.on('error', (err) => finish(err.message));
      resolve({
        send: (text) => {
          if (closed) throw new Error('WebSocket is closed');
          socket.write(frame(OP.text, Buffer.from(text, 'utf8')));
        },
        onMessage: (l) => void messageListeners.push(l),
        onClose: (l) => void closeListeners.push(l),
        close: () => {
          if (closed) return;
          socket.end(frame(OP.close, Buffer.alloc(0)));
          finish('closed by us');
          setTimeout(() => socket.destroy(), 500).unref();
        },
      });
      if (buffer.length) parse();
    });
    req.end();
  });
}
