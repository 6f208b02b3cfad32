/**
 * Text helpers shared by the packages' code generators (packages/coodesh/scripts, packages/feishu-corehr/scripts):
 * names, literals and JSDoc blocks.
 */
/** `career_paths`, `career-paths`, `careerPaths` → `CareerPaths`. */
export function pascal(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** `careerPaths` → `career-paths`. */
export function kebab(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
}

/** `positions` → `position`, `categories` → `category`, `answers` → `answer`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ses|xes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `last_login` → `last login`, `positionName` → `position name`, `_id` → `id`. */
export function words(name: string): string {
  return name
    .replace(/^_+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase()
    .trim();
}

const DATE_WORDS = new Set(['date', 'time', 'datetime', 'timestamp', 'birthday']);
/** Whole names that are moments without saying date or time. */
const MOMENT_NAMES = new Set([
  'created',
  'updated',
  'modified',
  'started',
  'finished',
  'expires',
  'invited',
  'published',
]);

/**
 * Whether a field's name says it holds a date or a time: `checkinDate`, `created_at`, `startTime`,
 * `time_created:before` (a word `date`, `time`, `datetime`, `timestamp`, `birthday`, or a last word `at`),
 * or `created`, `updated`, `started`...
 */
export function namesADateOrTime(name: string): boolean {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  return (
    MOMENT_NAMES.has(name) || parts.some((word) => DATE_WORDS.has(word)) || (parts.length > 1 && parts.at(-1) === 'at')
  );
}

/** `last login` → `Last login`. */
export function sentence(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** A property key as TypeScript wants it (`'address.city'`, `_id`). */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : `'${name}'`;
}

/** Escapes a string for a single-quoted TypeScript literal. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Makes text safe inside a JSDoc block. */
function doc(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
}

/** The words of a paragraph; an inline `{@link Name}` stays one word, so a line never breaks inside it. */
const WORDS = /\{@link [^}]*\}\S*|\S+/g;

/** `paragraph` wrapped into lines of at most `width` characters (a longer word gets a line of its own). */
function wrapped(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.match(WORDS) ?? []) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wraps `text` into JSDoc lines of at most `width` characters after `indent` (with `headline`, the
 * first paragraph stays one line). `tags` (e.g. `@throws {@link InputValidationError} when ...`)
 * follow the paragraphs, one block each.
 */
export function jsdoc(
  text: string | string[],
  indent: string,
  width = 110,
  headline = false,
  tags: readonly string[] = [],
): string {
  const paragraphs = (Array.isArray(text) ? text : [text]).map(doc).filter(Boolean);
  if (tags.length === 0 && paragraphs.length === 1 && paragraphs[0]!.length + indent.length + 7 <= width + 20)
    return `${indent}/** ${paragraphs[0]} */`;
  const lines: string[] = [`${indent}/**`];
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) lines.push(`${indent} *`);
    if (i === 0 && headline) return void lines.push(`${indent} * ${paragraph}`);
    for (const line of wrapped(paragraph, width)) lines.push(`${indent} * ${line}`);
  });
  if (tags.length > 0 && paragraphs.length > 0) lines.push(`${indent} *`);
  for (const tag of tags) for (const line of wrapped(doc(tag), width)) lines.push(`${indent} * ${line}`);
  lines.push(`${indent} */`);
  return lines.join('\n');
}
