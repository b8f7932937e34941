// @ts-check
// MD5 (RFC 1321) over bytes: browsers offer only SHA digests. tests/signing_cases.json's
// "md5" vectors hold it to the RFC's own.

const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) >>> 0);

/**
 * Lower-case hex of bytes.
 * @param {Uint8Array} bytes
 */
export function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The message, padded to whole 64-byte blocks with its bit length at the end.
 * @param {Uint8Array} bytes
 */
function padded(bytes) {
  const out = new Uint8Array(((bytes.length + 8) >>> 6) * 64 + 64);
  out.set(bytes);
  out[bytes.length] = 0x80;
  const bits = bytes.length * 8;
  const view = new DataView(out.buffer);
  view.setUint32(out.length - 8, bits >>> 0, true);
  view.setUint32(out.length - 4, Math.floor(bits / 4294967296), true);
  return view;
}

/**
 * One round's mixing function and message word, for step n (0 to 63).
 * @param {number} n
 * @param {number} b
 * @param {number} c
 * @param {number} d
 * @returns {[number, number]}
 */
function round(n, b, c, d) {
  if (n < 16) return [(b & c) | (~b & d), n];
  if (n < 32) return [(d & b) | (~d & c), (5 * n + 1) % 16];
  if (n < 48) return [b ^ c ^ d, (3 * n + 5) % 16];
  return [c ^ (b | ~d), (7 * n) % 16];
}

/**
 * MD5 of bytes, as lower-case hex.
 * @param {Uint8Array} bytes
 */
export function md5(bytes) {
  const view = padded(bytes);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let offset = 0; offset < view.byteLength; offset += 64) {
    const words = Array.from({ length: 16 }, (_, j) => view.getUint32(offset + j * 4, true));
    let [a, b, c, d] = state;
    for (let n = 0; n < 64; n++) {
      const [mixed, g] = round(n, b, c, d);
      const f = (mixed + a + K[n] + words[g]) >>> 0;
      const shift = SHIFTS[(n >> 4) * 4 + (n % 4)];
      [a, d, c] = [d, c, b];
      b = (b + ((f << shift) | (f >>> (32 - shift)))) >>> 0;
    }
    state[0] = (state[0] + a) >>> 0;
    state[1] = (state[1] + b) >>> 0;
    state[2] = (state[2] + c) >>> 0;
    state[3] = (state[3] + d) >>> 0;
  }
  const out = new DataView(new ArrayBuffer(16));
  state.forEach((word, k) => out.setUint32(k * 4, word, true));
  return hex(new Uint8Array(out.buffer));
}
