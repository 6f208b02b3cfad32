/**
 * The `pbbp2.Frame` protobuf message every long-connection message travels in, encoded and decoded
 * by hand (about a hundred lines instead of a protobuf runtime; `test/ws-frame.test.ts` checks it
 * against protobufjs both ways). The schema, from [Node] `proto-buf/pbbp2.js` and [Go] `pbbp2.pb.go`
 * (proto2; the field names are the wire's):
 *
 * ```proto
 * message Header { required string key = 1; required string value = 2; }
 * message Frame {
 *   required uint64 SeqID = 1;  required uint64 LogID = 2;
 *   required int32 service = 3; required int32 method = 4;
 *   repeated Header headers = 5;
 *   optional string payload_encoding = 6; optional string payload_type = 7;
 *   optional bytes payload = 8;           optional string LogIDNew = 9;
 * }
 * ```
 *
 * Decoding is lenient (a missing field reads as its zero value, unknown fields are skipped) and
 * bounded (every length is checked against the bytes received). `SeqID` and `LogID` are 64-bit:
 * they are read as bigint and echoed unchanged in the acknowledgement.
 */

/** One `key: value` frame header. */
interface FrameHeader {
  key: string;
  value: string;
}

/** A decoded frame. */
export interface Frame {
  SeqID: bigint;
  LogID: bigint;
  service: number;
  method: number;
  headers: FrameHeader[];
  payloadEncoding?: string | undefined;
  payloadType?: string | undefined;
  payload?: Uint8Array | undefined;
  LogIDNew?: string | undefined;
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** A malformed frame (truncated, a varint too long, an unsupported wire type). */
export class FrameDecodeError extends Error {
  override readonly name = 'FrameDecodeError';
}

class Reader {
  #at = 0;
  constructor(
    private readonly bytes: Uint8Array,
    private readonly end = bytes.length,
  ) {}

  get done(): boolean {
    return this.#at >= this.end;
  }

  varint(): bigint {
    let value = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (this.#at >= this.end) throw new FrameDecodeError('truncated varint');
      const byte = this.bytes[this.#at++]!;
      value |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt.asUintN(64, value);
    }
    throw new FrameDecodeError('varint longer than 10 bytes');
  }

  /** The next length-delimited field's bytes (a view, no copy). */
  bytesField(): Uint8Array {
    const length = this.varint();
    if (length > BigInt(this.end - this.#at)) throw new FrameDecodeError('length beyond the frame');
    const start = this.#at;
    this.#at += Number(length);
    return this.bytes.subarray(start, this.#at);
  }

  skip(wireType: number): void {
    if (wireType === VARINT) this.varint();
    else if (wireType === LENGTH_DELIMITED) this.bytesField();
    else if (wireType === FIXED64 || wireType === FIXED32) {
      this.#at += wireType === FIXED64 ? 8 : 4;
      if (this.#at > this.end) throw new FrameDecodeError('truncated fixed-width field');
    } else throw new FrameDecodeError(`unsupported wire type ${wireType}`);
  }
}

function decodeHeader(bytes: Uint8Array): FrameHeader {
  const reader = new Reader(bytes);
  const header: FrameHeader = { key: '', value: '' };
  while (!reader.done) {
    const tag = Number(reader.varint());
    const field = tag >>> 3;
    if (field === 1 && (tag & 7) === LENGTH_DELIMITED) header.key = fromUtf8.decode(reader.bytesField());
    else if (field === 2 && (tag & 7) === LENGTH_DELIMITED) header.value = fromUtf8.decode(reader.bytesField());
    else reader.skip(tag & 7);
  }
  return header;
}

/** Decodes one frame; throws `FrameDecodeError` when the bytes are not a frame. */
export function decodeFrame(bytes: Uint8Array): Frame {
  const reader = new Reader(bytes);
  const frame: Frame = { SeqID: 0n, LogID: 0n, service: 0, method: 0, headers: [] };
  while (!reader.done) {
    const tag = Number(reader.varint());
    const field = tag >>> 3;
    const wireType = tag & 7;
    const expected = field >= 1 && field <= 4 ? VARINT : field >= 5 && field <= 9 ? LENGTH_DELIMITED : -1;
    if (wireType !== expected) {
      reader.skip(wireType);
      continue;
    }
    switch (field) {
      case 1:
        frame.SeqID = reader.varint();
        break;
      case 2:
        frame.LogID = reader.varint();
        break;
      case 3:
        frame.service = Number(BigInt.asIntN(32, reader.varint()));
        break;
      case 4:
        frame.method = Number(BigInt.asIntN(32, reader.varint()));
        break;
      case 5:
        frame.headers.push(decodeHeader(reader.bytesField()));
        break;
      case 6:
        frame.payloadEncoding = fromUtf8.decode(reader.bytesField());
        break;
      case 7:
        frame.payloadType = fromUtf8.decode(reader.bytesField());
        break;
      case 8:
        frame.payload = reader.bytesField().slice();
        break;
      default:
        frame.LogIDNew = fromUtf8.decode(reader.bytesField());
    }
  }
  return frame;
}

class Writer {
  readonly chunks: Uint8Array[] = [];
  length = 0;

  #push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  varint(value: bigint): void {
    const out: number[] = [];
    let rest = BigInt.asUintN(64, value);
    while (rest >= 0x80n) {
      out.push(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    out.push(Number(rest));
    this.#push(Uint8Array.from(out));
  }

  tag(field: number, wireType: number): void {
    this.varint(BigInt((field << 3) | wireType));
  }

  bytes(field: number, value: Uint8Array): void {
    this.tag(field, LENGTH_DELIMITED);
    this.varint(BigInt(value.length));
    this.#push(value);
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Encodes a frame (the four required fields always, optional ones when set, like protobufjs). */
export function encodeFrame(frame: Frame): Uint8Array {
  const writer = new Writer();
  writer.tag(1, VARINT);
  writer.varint(frame.SeqID);
  writer.tag(2, VARINT);
  writer.varint(frame.LogID);
  writer.tag(3, VARINT);
  writer.varint(BigInt(frame.service | 0));
  writer.tag(4, VARINT);
  writer.varint(BigInt(frame.method | 0));
  for (const header of frame.headers) {
    const inner = new Writer();
    inner.bytes(1, utf8.encode(header.key));
    inner.bytes(2, utf8.encode(header.value));
    writer.bytes(5, inner.finish());
  }
  if (frame.payloadEncoding !== undefined) writer.bytes(6, utf8.encode(frame.payloadEncoding));
  if (frame.payloadType !== undefined) writer.bytes(7, utf8.encode(frame.payloadType));
  if (frame.payload !== undefined) writer.bytes(8, frame.payload);
  if (frame.LogIDNew !== undefined) writer.bytes(9, utf8.encode(frame.LogIDNew));
  return writer.finish();
}

/** The value of the first header named `key`, or undefined. */
export function frameHeader(frame: Frame, key: string): string | undefined {
  return frame.headers.find((header) => header.key === key)?.value;
}
