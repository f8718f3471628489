import type { DiagnosticInput } from '../diagnostics/diagnostic.js';

/** Where a frontmatter key and its value are, for located diagnostics. */
export interface FieldInfo {
  /** Dot path: `title`, `venue.title`. */
  path: string;
  /** 1-based line/column of the key in the whole file. */
  keyLine: number;
  keyColumn: number;
  /** 1-based line/column where the value's text starts (after an opening quote). */
  line: number;
  column: number;
  /** The value's source text (without quotes when quoted), for positions inside it and for exact text. */
  raw: string | undefined;
}

/** Frontmatter read into plain data, with positions. */
export interface ReadFrontmatter {
  /** The data, or `undefined` when nothing usable could be read. */
  data: Record<string, unknown> | undefined;
  fields: Map<string, FieldInfo>;
  /** Top-level keys left out because their lines had syntax errors. */
  droppedKeys: string[];
  diagnostics: DiagnosticInput[];
}

/**
 * Blanks lines (keeping line numbers) so that a frontmatter with a syntax error can be read again
 * without them: lenient mode keeps the rest of the event.
 */
export function blankLines(text: string, lines: ReadonlySet<number>): string {
  return text
    .split('\n')
    .map((line, i) => (lines.has(i + 1) ? '' : line))
    .join('\n');
}

/** The top-level key defined on a line (`key:` or `key =`), if any. */
export function keyOnLine(line: string | undefined): string | undefined {
  if (line === undefined) return undefined;
  const m = /^["']?([^\s"':=#][^"':=#]*?)["']?\s*[:=]/.exec(line);
  return m?.[1]?.trim();
}
