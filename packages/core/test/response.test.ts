import { describe, expect, it } from 'vitest';
import { chunkedResponse, decodeUtf8, releaseBody } from '../src/transport/response-reader.js';

/** A small seeded PRNG (mulberry32): the same cases on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bytes that are mostly UTF-8 (ASCII, CJK, emoji, a BOM) with malformed sequences mixed in. */
function bytes(random: () => number): Buffer {
  const pieces = ['a', '{"name":"', '张伟', '上海市 普陀区', '😀', '\uFEFF', 'é'].map((s) => Buffer.from(s));
  const bad = [[0xff], [0xc3], [0xe4, 0xb8], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0x80, 0x80], [0xc0, 0xaf]];
  const parts: Buffer[] = [];
  const count = Math.floor(random() * 12);
  for (let i = 0; i < count; i++) {
    parts.push(
      random() < 0.8
        ? pieces[Math.floor(random() * pieces.length)]!
        : Buffer.from(bad[Math.floor(random() * bad.length)]!),
    );
  }
  return Buffer.concat(parts);
}

/** `buffer` cut at random places into consecutive chunks (some empty). */
function cut(buffer: Buffer, random: () => number): Buffer[] {
  const chunks: Buffer[] = [];
  let at = 0;
  while (at < buffer.length) {
    const next = Math.min(buffer.length, at + Math.floor(random() * 6));
    chunks.push(buffer.subarray(at, next));
    at = next;
  }
  return chunks;
}

describe('response text', () => {
  it('decodes chunks exactly as Buffer.toString decodes their concatenation, malformed bytes and splits included', () => {
    const random = prng(19);
    for (let i = 0; i < 20_000; i++) {
      const whole = bytes(random);
      const chunks = cut(whole, random);
      expect(decodeUtf8(chunks), JSON.stringify([...whole])).toBe(whole.toString('utf8'));
    }
  });

  it('joins the body only when it is read, and keeps neither the body nor the text on the response', () => {
    const whole = Buffer.from('{"name":"张伟","city":"上海"}');
    const chunks = [whole.subarray(0, 11), whole.subarray(11)];
    const response = chunkedResponse(200, {}, chunks, whole.byteLength);
    expect(response.text).toBe(whole.toString('utf8'));
    expect(response.text).not.toBe(undefined);
    expect(response.body.equals(whole)).toBe(true);
    expect(response.body).toBe(response.body); // joined once
    expect(response.text).toBe(whole.toString('utf8'));
    expect(chunkedResponse(204, {}, [], 0).text).toBe('');
    expect(chunkedResponse(204, {}, [], 0).body.byteLength).toBe(0);
  });

  it('lets go of its bytes when released (a listing page nobody can read again); other responses are left alone', () => {
    const response = chunkedResponse(200, { 'x-a': '1' }, [Buffer.from('{"a":'), Buffer.from('1}')], 7);
    releaseBody(response);
    expect(response.body.byteLength).toBe(0);
    expect(response.text).toBe('');
    expect(response.headers).toEqual({ 'x-a': '1' });
    const foreign = { status: 200, headers: {}, body: Buffer.from('x'), text: 'x' };
    releaseBody(foreign);
    expect(foreign.text).toBe('x');
  });
});
