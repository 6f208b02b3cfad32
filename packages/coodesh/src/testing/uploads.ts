import { nestError } from './nest-errors.js';

/** One file part the sandbox received. */
export interface ReceivedFile {
  /** The file name sent with the part, e.g. `chunk-0001.webm`. */
  filename: string;
  /** The part's media type (`application/octet-stream` when the client sent none). */
  contentType: string;
  /** The content, exactly as received. */
  bytes: Buffer;
}

/** One multipart upload the sandbox accepted. */
export interface SandboxUpload {
  /** The operation id, e.g. `attempts.uploadRecordingChunk`. */
  operation: string;
  /** The path parameters, e.g. the answer `token`. */
  params: Record<string, string>;
  /** The text parts, as received (a multipart body carries `false` and `0` as the strings `"false"` and `"0"`). */
  fields: Record<string, string>;
  /** The file parts, by part name. */
  files: Record<string, ReceivedFile>;
}

/** What an upload route requires: its text fields and its file parts. */
export interface RequiredParts {
  /** Text parts that must be present and not empty. */
  fields?: readonly string[];
  /** File parts that must be present with a file name. */
  files: readonly string[];
}

/**
 * Reads an upload as a NestJS endpoint with `FileInterceptor` (multer) and `ParseFilePipe` would: a
 * body that is not multipart/form-data carries no file (multer reads only multipart bodies), and a
 * missing file part, or one sent without a file name (multer then takes it for a text field), is a
 * `400 "File is required"` (ParseFilePipe's message); then each required text part left out is a
 * `"<name> should not be empty"` of the ValidationPipe. See https://docs.nestjs.com/techniques/file-upload
 * and https://github.com/nestjs/nest/blob/master/packages/common/pipes/file/parse-file.pipe.ts. The
 * Coodesh reference documents none of these answers.
 *
 * Resolves with the parts received, or with the error `Response` to answer.
 */
export async function readUpload(
  request: Request,
  rules: RequiredParts,
): Promise<Pick<SandboxUpload, 'fields' | 'files'> | Response> {
  const form = await formOf(request);
  if (!form) return nestError(400, 'File is required');
  const fields: Record<string, string> = {};
  const files: Record<string, ReceivedFile> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields[name] = value;
    else if (value.name !== '')
      files[name] = {
        filename: value.name,
        contentType: value.type || 'application/octet-stream',
        bytes: Buffer.from(await value.arrayBuffer()),
      };
  }
  if (rules.files.some((name) => !files[name])) return nestError(400, 'File is required');
  const missing = (rules.fields ?? []).filter((name) => (fields[name] ?? '') === '');
  if (missing.length > 0)
    return nestError(
      400,
      missing.map((name) => `${name} should not be empty`),
    );
  return { fields, files };
}

/** The parts of a multipart/form-data body; undefined for any other body. */
async function formOf(request: Request): Promise<FormData | undefined> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) return undefined;
  try {
    return await request.formData();
  } catch {
    // A body that does not parse as multipart is refused like one without a file (multer's own answer is not modelled).
    return undefined;
  }
}
