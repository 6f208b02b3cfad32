import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FileSource, InputValidationError } from '@hr/core';
import { readFileSource } from '@hr/core/internal';
import type { CandidateFileInput, CandidatePictureInput } from '../models/file-input.js';
import { type FileKind, SIZE_LIMITS, describeExtensions, hasAllowedExtension, looksLikeImage } from './rules.js';

export type { FileSource };

/** Options of the file helpers. */
export interface FileOptions {
  /**
   * The file name, whose extension is checked against Comeet's list and which is sent as `name`.
   * Defaults to the base name of a path; required for a Buffer or a stream.
   */
  fileName?: string | undefined;
}

/** Options of `attachmentFrom()`. */
export interface AttachmentOptions extends FileOptions {
  /** A display name sent instead of the file name, e.g. `Coding Challenge`. The type is still checked on `fileName`. */
  displayName?: string | undefined;
}

/**
 * Builds the `resume` of a new candidate from a file: base64-encodes it after checking its type (the
 * Create page lists .pdf, .doc, .docx; an earlier version allows the `files` types, so any of
 * `FILE_EXTENSIONS` passes). Rejects with an `InputValidationError` naming `resume` and the rule;
 * nothing is read past what the check needs.
 */
export async function resumeFrom(source: FileSource, options: FileOptions = {}): Promise<CandidateFileInput> {
  const { name, bytes } = await loadFile('resume', source, options);
  return { name, file: bytes.toString('base64') };
}

/**
 * Builds the `picture` (profile photo) of a new candidate from an image file: the name must carry an
 * image extension (.jpeg, .jpg, .tiff, .tif, .png, .gif, .bmp, .jfif, .ico) and the content must be an image.
 */
export async function pictureFrom(source: FileSource, options: FileOptions = {}): Promise<CandidatePictureInput> {
  const { name, bytes } = await loadFile('picture', source, options);
  if (!looksLikeImage(bytes)) {
    throw refuse('picture', `"${name}" does not contain an image (JPEG, PNG, GIF, BMP, TIFF or ICO)`, 'file_type');
  }
  return { name, file: bytes.toString('base64') };
}

/**
 * Builds one entry of `files` from a file: at most 6 MB, of the types Comeet allows (see `FILE_EXTENSIONS`).
 * A path larger than 6 MB is refused from its size alone; a stream is read no further than the limit.
 */
export async function attachmentFrom(source: FileSource, options: AttachmentOptions = {}): Promise<CandidateFileInput> {
  const { name, bytes } = await loadFile('files', source, options);
  return { name: options.displayName ?? name, file: bytes.toString('base64') };
}

async function loadFile(
  kind: FileKind,
  source: FileSource,
  options: FileOptions,
): Promise<{ name: string; bytes: Buffer }> {
  const pathName = typeof source === 'string' || source instanceof URL ? basename(toPath(source)) : undefined;
  const name = options.fileName ?? pathName;
  if (!name) {
    throw refuse(kind, 'a fileName is required when the file comes from a Buffer or a stream', 'file_name_required');
  }
  if (!hasAllowedExtension(kind, name)) {
    throw refuse(kind, `"${name}": the file type ${describeExtensions(kind)}`, 'file_type');
  }
  const { bytes } = await readFileSource(source, { field: kind, maxBytes: SIZE_LIMITS[kind] });
  return { name, bytes };
}

function toPath(source: string | URL): string {
  return source instanceof URL ? fileURLToPath(source) : source;
}

function refuse(kind: FileKind, message: string, code: string): InputValidationError {
  return new InputValidationError([{ path: kind, message, code }]);
}
