import fc from 'fast-check';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { type Frame, FrameDecodeError, decodeFrame, encodeFrame } from '../src/ws/frame.js';

/**
 * The hand-written pbbp2 codec against protobufjs (the runtime the official Node SDK uses), with the
 * schema of the SDKs' `pbbp2.proto`: each side decodes what the other encodes, for any frame.
 */
const root = protobuf.Root.fromJSON({
  nested: {
    pbbp2: {
      nested: {
        Header: {
          fields: {
            key: { rule: 'required', type: 'string', id: 1 },
            value: { rule: 'required', type: 'string', id: 2 },
          },
        },
        Frame: {
          fields: {
            SeqID: { rule: 'required', type: 'uint64', id: 1 },
            LogID: { rule: 'required', type: 'uint64', id: 2 },
            service: { rule: 'required', type: 'int32', id: 3 },
            method: { rule: 'required', type: 'int32', id: 4 },
            headers: { rule: 'repeated', type: 'Header', id: 5 },
            payload_encoding: { type: 'string', id: 6 },
            payload_type: { type: 'string', id: 7 },
            payload: { type: 'bytes', id: 8 },
            LogIDNew: { type: 'string', id: 9 },
          },
        },
      },
    },
  },
});
const ProtoFrame = root.lookupType('pbbp2.Frame');

const uint64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
const frames = fc.record(
  {
    SeqID: uint64,
    LogID: uint64,
    service: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    method: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    headers: fc.array(fc.record({ key: fc.string({ unit: 'grapheme' }), value: fc.string({ unit: 'grapheme' }) }), {
      maxLength: 8,
    }),
    payloadEncoding: fc.string(),
    payloadType: fc.string(),
    payload: fc.uint8Array({ maxLength: 2048 }),
    LogIDNew: fc.string(),
  },
  { requiredKeys: ['SeqID', 'LogID', 'service', 'method', 'headers'] },
);

function viaProtobufjs(frame: Frame): Uint8Array {
  const message = ProtoFrame.fromObject({
    SeqID: frame.SeqID.toString(),
    LogID: frame.LogID.toString(),
    service: frame.service,
    method: frame.method,
    headers: frame.headers,
    ...(frame.payloadEncoding !== undefined && { payload_encoding: frame.payloadEncoding }),
    ...(frame.payloadType !== undefined && { payload_type: frame.payloadType }),
    ...(frame.payload !== undefined && { payload: frame.payload }),
    ...(frame.LogIDNew !== undefined && { LogIDNew: frame.LogIDNew }),
  });
  return ProtoFrame.encode(message).finish();
}

function fromProtobufjs(bytes: Uint8Array): Frame {
  const object = ProtoFrame.toObject(ProtoFrame.decode(bytes), { longs: String, bytes: Array });
  return {
    SeqID: BigInt(object.SeqID as string),
    LogID: BigInt(object.LogID as string),
    service: object.service as number,
    method: object.method as number,
    headers: ((object.headers ?? []) as { key: string; value: string }[]).map(({ key, value }) => ({ key, value })),
    payloadEncoding: object.payload_encoding as string | undefined,
    payloadType: object.payload_type as string | undefined,
    payload: object.payload === undefined ? undefined : Uint8Array.from(object.payload as number[]),
    LogIDNew: object.LogIDNew as string | undefined,
  };
}

const normalized = (frame: Frame) => ({
  ...frame,
  payload: frame.payload === undefined ? undefined : Array.from(frame.payload),
});

describe('pbbp2 frame codec', () => {
  it('encodes byte for byte what protobufjs encodes', () => {
    fc.assert(
      fc.property(frames, (frame) => {
        expect(Buffer.from(encodeFrame(frame)).toString('hex')).toBe(Buffer.from(viaProtobufjs(frame)).toString('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes what protobufjs encodes, and protobufjs decodes what it encodes', () => {
    fc.assert(
      fc.property(frames, (frame) => {
        expect(normalized(decodeFrame(viaProtobufjs(frame)))).toEqual(normalized(fromProtobufjs(viaProtobufjs(frame))));
        expect(normalized(fromProtobufjs(encodeFrame(frame)))).toEqual(normalized(decodeFrame(encodeFrame(frame))));
        expect(normalized(decodeFrame(encodeFrame(frame)))).toEqual(
          normalized({
            ...frame,
            payloadEncoding: frame.payloadEncoding,
            payloadType: frame.payloadType,
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('skips fields it does not know, as protobufjs does', () => {
    const frame: Frame = { SeqID: 7n, LogID: 9n, service: 3, method: 1, headers: [{ key: 'type', value: 'event' }] };
    const extra = Uint8Array.from([
      ...encodeFrame(frame),
      // field 15 varint 300, field 16 fixed64, field 17 length-delimited "hi", field 18 fixed32
      0x78,
      0xac,
      0x02,
      0x81,
      0x01,
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      0x8a,
      0x01,
      2,
      0x68,
      0x69,
      0x95,
      0x01,
      1,
      2,
      3,
      4,
    ]);
    expect(normalized(decodeFrame(extra))).toEqual(normalized(fromProtobufjs(extra)));
  });

  it('refuses truncated frames and lengths beyond the bytes received instead of reading past them', () => {
    const bytes = encodeFrame({
      SeqID: 1n,
      LogID: 2n,
      service: 3,
      method: 1,
      headers: [{ key: 'k', value: 'v' }],
      payload: new Uint8Array(100),
    });
    for (const cut of [1, 5, bytes.length - 1])
      expect(() => decodeFrame(bytes.subarray(0, cut))).toThrow(FrameDecodeError);
    // A payload claiming 2^40 bytes.
    expect(() => decodeFrame(Uint8Array.from([0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20]))).toThrow(FrameDecodeError);
    expect(() => decodeFrame(Uint8Array.from(Array(11).fill(0xff)))).toThrow(FrameDecodeError);
  });
});
