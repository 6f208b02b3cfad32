/**
 * Comeet's documented restrictions on candidate files (Create a Candidate, "Restrictions on candidate
 * files", https://developers.comeet.com/reference/create-a-candidate-new). The same rules back the
 * input schema and the file helpers, so a file is refused before anything is sent whichever way it
 * was built. Versions of the page differ on the résumé: one lists `.pdf`, `.doc`, `.docx` for it,
 * another applies the `files` types (and the 6 MB) to "the resume and the files array". A rule is
 * enforced only where every version states it, so a résumé may be any of the `files` types.
 */

/** The résumé types the current version of the Create page lists (.pdf, .doc, .docx). */
export const RESUME_EXTENSIONS = ['.pdf', '.doc', '.docx'] as const;

/** Image file types allowed in `files` (also the image types accepted for `picture`). */
export const IMAGE_EXTENSIONS = ['.jpeg', '.jpg', '.tiff', '.tif', '.png', '.gif', '.bmp', '.jfif', '.ico'] as const;

/** Other (non-image) file types allowed in `files`. */
export const OTHER_FILE_EXTENSIONS = [
  '.xlsx',
  '.zip',
  '.pptx',
  '.msg',
  '.rar',
  '.xls',
  '.csv',
  '.gsheet',
  '.xml',
  '.7z',
  '.txt',
  '.gz',
  '.gdoc',
  '.ppsx',
  '.ppt',
  '.ics',
  '.html',
  '.htm',
  '.eml',
  '.dwg',
  '.gl',
  '.cs',
  '.css',
  '.py',
  '.java',
  '.json',
  '.mp3',
  '.mp4',
  '.psd',
  '.odt',
  '.pem',
  '.cpp',
  '.swf',
  '.apk',
  '.sql',
  '.mov',
  '.dash',
  '.p7s',
  '.dat',
  '.ipynb',
  '.pdf',
  '.doc',
  '.docx',
  '.rtf',
  '.log',
  '.pages',
] as const;

/** Every file type allowed in `files` (images and other types). */
export const FILE_EXTENSIONS: readonly string[] = [...IMAGE_EXTENSIONS, ...OTHER_FILE_EXTENSIONS];

/** Maximum size of one entry of `files`: 6 MB (taken as 6 MiB, 6 × 1024 × 1024 bytes). */
export const MAX_FILE_BYTES = 6 * 1024 * 1024;

/** The rule a file of each kind must follow. */
export type FileKind = 'resume' | 'picture' | 'files';

/**
 * The allowed extensions of each kind of file. The résumé takes any type a version of the page allows
 * for it: `RESUME_EXTENSIONS` and the `files` types, which include them.
 */
const ALLOWED_EXTENSIONS: Record<FileKind, readonly string[]> = {
  resume: FILE_EXTENSIONS,
  picture: IMAGE_EXTENSIONS,
  files: FILE_EXTENSIONS,
};

/** The size limit of each kind of file, where every version of the page documents one. */
export const SIZE_LIMITS: Record<FileKind, number | undefined> = {
  resume: undefined,
  picture: undefined,
  files: MAX_FILE_BYTES,
};

/** The lower-cased extension of a file name (`.pdf`), or undefined when it has none. */
export function extensionOf(name: string): string | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return match ? `.${match[1]!.toLowerCase()}` : undefined;
}

/** Describes an extension rule in words, e.g. `must be one of .pdf, .doc, .docx`. */
export function describeExtensions(kind: FileKind): string {
  return kind === 'picture'
    ? `must be one of ${ALLOWED_EXTENSIONS[kind].join(', ')}`
    : 'must be one of the file types Comeet allows (see FILE_EXTENSIONS)';
}

/** Whether `name` carries an extension allowed for `kind`. */
export function hasAllowedExtension(kind: FileKind, name: string): boolean {
  const ext = extensionOf(name);
  return ext !== undefined && ALLOWED_EXTENSIONS[kind].includes(ext);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Whether `value` is standard base64 (RFC 4648 alphabet, padded). */
export function isBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64.test(value);
}

/** The number of bytes a base64 string decodes to. */
export function base64ByteLength(value: string): number {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  return (value.length / 4) * 3 - padding;
}

const IMAGE_SIGNATURES: readonly (readonly number[])[] = [
  [0xff, 0xd8, 0xff], // JPEG / JFIF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x42, 0x4d], // BMP
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
  [0x00, 0x00, 0x01, 0x00], // ICO
];

/** Whether the bytes start like one of the image types Comeet accepts (JPEG, PNG, GIF, BMP, TIFF, ICO). */
export function looksLikeImage(bytes: Uint8Array): boolean {
  return IMAGE_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b));
}
