import { FormData } from 'undici';
import type { BodyType } from '../contract/operation.js';
import type { HttpBody } from '../transport/http.js';
import { type FileUpload, isFileUpload } from './upload.js';

/** A body encoded once per call and re-sent as is on every retry. */
export interface EncodedBody {
  /** What the transport sends. */
  content: HttpBody;
  /** The `content-type` header to send; undefined for multipart (undici sets it with the boundary). */
  contentType: string | undefined;
}

/** Encodes a validated body as its operation declares (JSON, multipart form-data or one binary file). */
export function encodeBody(body: unknown, type: BodyType): EncodedBody | undefined {
  if (body === undefined) return undefined;
  if (type === 'multipart') return { content: formData(body as Record<string, unknown>), contentType: undefined };
  if (type === 'binary') {
    const file = body as FileUpload | Uint8Array;
    if (isFileUpload(file)) return { content: file.bytes, contentType: file.contentType ?? 'application/octet-stream' };
    return { content: file, contentType: 'application/octet-stream' };
  }
  return { content: JSON.stringify(body), contentType: 'application/json' };
}

/** Each top-level field a part: files as file parts, lists as repeated parts, objects as JSON text. */
function formData(fields: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) appendPart(form, name, item);
  }
  return form;
}

function appendPart(form: FormData, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (isFileUpload(value)) {
    const blob = new Blob([value.bytes], value.contentType ? { type: value.contentType } : {});
    form.append(name, blob, value.filename);
  } else if (typeof value === 'object') {
    form.append(name, JSON.stringify(value));
  } else {
    form.append(name, String(value));
  }
}
