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

/** Wraps `text` into JSDoc lines of at most `width` characters after `indent` (with `headline`, the first paragraph stays one line). */
export function jsdoc(text: string | string[], indent: string, width = 110, headline = false): string {
  const paragraphs = (Array.isArray(text) ? text : [text]).map(doc).filter(Boolean);
  if (paragraphs.length === 1 && paragraphs[0]!.length + indent.length + 7 <= width + 20)
    return `${indent}/** ${paragraphs[0]} */`;
  const lines: string[] = [`${indent}/**`];
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) lines.push(`${indent} *`);
    if (i === 0 && headline) return void lines.push(`${indent} * ${paragraph}`);
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(`${indent} * ${line}`);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(`${indent} * ${line}`);
  });
  lines.push(`${indent} */`);
  return lines.join('\n');
}
