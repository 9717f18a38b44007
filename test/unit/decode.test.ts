import * as assert from 'node:assert/strict';
import { decodeArticle } from '../../src/core/decode';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  const text = 'Laut Seoul kamen „etwa 1.500“ Soldaten – größer als gedacht.';
  it('decodes UTF-8 with and without BOM', () => {
    assert.deepEqual(decodeArticle(enc(text)), { ok: true, text, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(text)]);
    assert.deepEqual(decodeArticle(bom), { ok: true, text, encoding: 'utf-8-bom' });
  });
  it('decodes UTF-16 LE and BE with BOM', () => {
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le.push(c & 0xff, c >> 8);
      be.push(c >> 8, c & 0xff);
    }
    assert.deepEqual(decodeArticle(new Uint8Array(le)), { ok: true, text, encoding: 'utf-16le' });
    assert.deepEqual(decodeArticle(new Uint8Array(be)), { ok: true, text, encoding: 'utf-16be' });
  });
  it('falls back to Windows-1252 for Latin-1 files', () => {
    const latin = new Uint8Array([...'Gr'].map((c) => c.charCodeAt(0)).concat([0xf6, 0xdf, 0x65, 0x20, 0x80]));
    const r = decodeArticle(latin);
    assert.ok(r.ok);
    assert.equal(r.ok && r.text, 'Größe €');
    assert.equal(r.ok && r.encoding, 'windows-1252');
  });
  it('refuses binary files with a reason', () => {
    const r = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /binary/);
  });
  it('decodes an empty file to empty text', () => {
    assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '', encoding: 'utf-8' });
  });
});
