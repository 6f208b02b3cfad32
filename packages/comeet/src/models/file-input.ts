import { formatBytes } from '@hr/core/internal';
import { z } from 'zod';
import {
  type FileKind,
  SIZE_LIMITS,
  base64ByteLength,
  describeExtensions,
  extensionOf,
  hasAllowedExtension,
  isBase64,
  looksLikeImage,
} from '../files/rules.js';

/** A file sent to Comeet inline, base64-encoded (`resume`, `picture` and `files` entries). */
export interface CandidateFileInput {
  /** The file name, e.g. `bobby_cv.docx`. For `resume` it must carry an extension (.pdf, .doc, .docx, or another `FILE_EXTENSIONS` type). */
  name: string;
  /** The file content, base64-encoded. */
  file: string;
}

/** A profile photo: image content; its name, when given, must carry an image extension. */
export interface CandidatePictureInput {
  /** The file name, e.g. `image.png` (an image type: .jpeg, .jpg, .tiff, .tif, .png, .gif, .bmp, .jfif, .ico). */
  name?: string | undefined;
  /** The image content, base64-encoded. */
  file: string;
}

/**
 * The schema of one file of `kind`: base64 content, the documented extension list and (for `files`)
 * the 6 MB limit. A `files` entry may carry a display name without extension (Comeet's example uses
 * "Coding Challenge"); a name that has an extension must use an allowed one.
 */
export function fileInputSchema(kind: 'resume' | 'files'): z.ZodType<CandidateFileInput>;
export function fileInputSchema(kind: 'picture'): z.ZodType<CandidatePictureInput>;
export function fileInputSchema(kind: FileKind): z.ZodType<CandidateFileInput | CandidatePictureInput> {
  const name = kind === 'picture' ? z.string().min(1).optional() : z.string().min(1);
  return z
    .looseObject({ name, file: z.string().min(1, 'must be non-empty base64 file content') })
    .superRefine((value, ctx) => {
      checkName(kind, value.name, ctx);
      if (!isBase64(value.file)) {
        ctx.addIssue({ code: 'custom', path: ['file'], message: 'must be base64-encoded file content' });
        return;
      }
      if (kind === 'picture' && !looksLikeImage(Buffer.from(value.file.slice(0, 24), 'base64'))) {
        ctx.addIssue({
          code: 'custom',
          path: ['file'],
          message: 'must be an image (JPEG, PNG, GIF, BMP, TIFF or ICO content)',
        });
      }
      const limit = SIZE_LIMITS[kind];
      const size = base64ByteLength(value.file);
      if (limit !== undefined && size > limit) {
        ctx.addIssue({
          code: 'custom',
          path: ['file'],
          message: `is ${formatBytes(size)}; Comeet accepts at most ${formatBytes(limit)} per file`,
        });
      }
    });
}

function checkName(kind: FileKind, name: string | undefined, ctx: z.RefinementCtx): void {
  if (name === undefined) return;
  const needsExtension = kind === 'resume';
  if (!needsExtension && extensionOf(name) === undefined) return;
  if (!hasAllowedExtension(kind, name)) {
    ctx.addIssue({ code: 'custom', path: ['name'], message: `"${name}": the file type ${describeExtensions(kind)}` });
  }
}
