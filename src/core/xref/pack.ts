/**
 * Compact encoding of the index's integer arrays for snapshots: unsigned LEB128
 * varints (sorted id lists as deltas) in a base64 string. Pure JS (no Buffer, no
 * atob), linear, and small: most ids and counts take one or two bytes.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_CODES[B64.charCodeAt(i)] = i;

/** A growable byte buffer of unsigned varints. */
export class VarintWriter {
  private buf = new Uint8Array(256);
  private n = 0;

  private grow(extra: number): void {
    if (this.n + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.n + extra) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }

  /** An unsigned integer below 2^32. */
  uint(v: number): void {
    this.grow(5);
    let x = v >>> 0;
    while (x >= 0x80) {
      this.buf[this.n++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    this.buf[this.n++] = x;
  }

  /** A list of unsigned integers, length first. */
  list(a: ArrayLike<number>, from = 0, to = a.length): void {
    this.uint(to - from);
    for (let i = from; i < to; i++) this.uint(a[i]);
  }

  /** An ascending list as its length and deltas. */
  sortedList(a: ArrayLike<number>, from = 0, to = a.length): void {
    this.uint(to - from);
    let prev = 0;
    for (let i = from; i < to; i++) {
      this.uint(a[i] - prev);
      prev = a[i];
    }
  }

  base64(): string {
    return toBase64(this.buf, this.n);
  }
}

export class VarintReader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  uint(): number {
    const buf = this.buf;
    let pos = this.pos;
    if (pos >= buf.length) throw new RangeError('truncated varint data');
    let b = buf[pos++];
    if (b < 0x80) {
      this.pos = pos;
      return b;
    }
    let x = b & 0x7f;
    let mul = 128;
    for (;;) {
      if (pos >= buf.length) throw new RangeError('truncated varint data');
      b = buf[pos++];
      x += (b & 0x7f) * mul;
      if (b < 0x80) {
        this.pos = pos;
        return x;
      }
      mul *= 128;
      if (mul > 2 ** 35) throw new RangeError('varint too long');
    }
  }

  /** Reads a list written by `list` into `out` at `at`; returns the new end. */
  listInto(out: { [i: number]: number; length: number }, at: number, sorted: boolean): number {
    const n = this.uint();
    if (at + n > out.length) throw new RangeError('list overflows its array');
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const v = this.uint();
      prev = sorted ? prev + v : v;
      out[at + i] = prev;
    }
    return at + n;
  }

  get done(): boolean {
    return this.pos >= this.buf.length;
  }
}

export function toBase64(bytes: Uint8Array, n = bytes.length): string {
  const parts: string[] = [];
  let s = '';
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    s += B64[v >>> 18] + B64[(v >>> 12) & 63] + B64[(v >>> 6) & 63] + B64[v & 63];
    if (s.length >= 8192) {
      parts.push(s);
      s = '';
    }
  }
  if (i < n) {
    const v = (bytes[i] << 16) | ((i + 1 < n ? bytes[i + 1] : 0) << 8);
    s += B64[v >>> 18] + B64[(v >>> 12) & 63] + (i + 1 < n ? B64[(v >>> 6) & 63] : '=') + '=';
  }
  parts.push(s);
  return parts.join('');
}

/** Bytes of base64 text; with `scratch` large enough, decoded into it (a view of its start is returned). */
export function fromBase64(s: string, scratch?: Uint8Array): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61 /* = */) len--;
  const size = (len * 3) >> 2;
  const out = scratch && scratch.length >= size ? scratch.subarray(0, size) : new Uint8Array(size);
  const full = len - (len % 4);
  base64Quads(s, full, out);
  const o = full < len ? base64Tail(s, full, len, out, (full / 4) * 3) : (full / 4) * 3;
  return o === out.length ? out : out.subarray(0, o);
}

/**
 * Four characters (three bytes) at a time up to `end`. A function of its own with nothing after its loop:
 * V8 compiles the loop on stack, and code after it without type feedback made it fall back again and again.
 */
function base64Quads(s: string, end: number, out: Uint8Array): void {
  let o = 0;
  for (let i = 0; i < end; i += 4) {
    const c0 = s.charCodeAt(i);
    const c1 = s.charCodeAt(i + 1);
    const c2 = s.charCodeAt(i + 2);
    const c3 = s.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) >= 128) throw new RangeError('not base64');
    const v0 = B64_CODES[c0];
    const v1 = B64_CODES[c1];
    const v2 = B64_CODES[c2];
    const v3 = B64_CODES[c3];
    if ((v0 | v1 | v2 | v3) < 0) throw new RangeError('not base64');
    const v = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 0xff;
    out[o++] = v & 0xff;
  }
}

/** The last two or three characters of base64 (a function of its own: the main loop stays optimised). */
function base64Tail(s: string, from: number, len: number, out: Uint8Array, at: number): number {
  let o = at;
  let acc = 0;
  let bits = 0;
  for (let i = from; i < len; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64_CODES[c] : -1;
    if (v < 0) throw new RangeError('not base64');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return o;
}
