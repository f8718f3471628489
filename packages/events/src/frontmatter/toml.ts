import { parse, TomlDate, TomlError } from 'smol-toml';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { blankLines, type FieldInfo, keyOnLine, type ReadFrontmatter } from './fields.js';

const MAX_ROUNDS = 8;
const KEY_LINE = /^(\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=\s*("|'|""")?/;
const TABLE_LINE = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;

/**
 * Reads Hugo's `+++` TOML frontmatter with smol-toml. TOML dates become the same ISO strings the
 * YAML path sees (so one date reader checks both); positions come from a line scan, because the
 * parser does not report them.
 */
export function readTomlFrontmatter(text: string, firstLine: number): ReadFrontmatter {
  const diagnostics: DiagnosticInput[] = [];
  const droppedKeys: string[] = [];
  const blanked = new Set<number>();
  const lines = text.split('\n');
  let source = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    try {
      const parsed = parse(source) as Record<string, unknown>;
      const data = normalise(parsed) as Record<string, unknown>;
      return { data, fields: indexFields(source, firstLine), droppedKeys, diagnostics };
    } catch (error) {
      if (!(error instanceof TomlError)) throw error;
      const line = Math.max(1, error.line);
      const key = keyOnLine(lines[line - 1]);
      diagnostics.push({
        code: 'EVENT_TOML_SYNTAX',
        line: firstLine + line - 1,
        column: Math.max(1, error.column),
        params: { detail: (error.message.split('\n')[0] ?? '').replace(/[.:]$/, '') },
        ...(key !== undefined && { key, dropped: key }),
      });
      if (blanked.has(line)) break;
      blanked.add(line);
      if (key !== undefined) droppedKeys.push(key);
      source = blankLines(text, blanked);
    }
  }
  return { data: undefined, fields: new Map(), droppedKeys, diagnostics };
}

function normalise(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString().replace(/\.000(?=$|[+-Z])/, '');
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalise(v);
    return out;
  }
  return value;
}

function unquote(key: string): string {
  if ((key.startsWith('"') && key.endsWith('"')) || (key.startsWith("'") && key.endsWith("'")))
    return key.slice(1, -1);
  return key;
}

function indexFields(source: string, firstLine: number): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  let table = '';
  source.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const t = TABLE_LINE.exec(text);
    if (t && !text.includes('=')) {
      table = t[1]!
        .split('.')
        .map((p) => unquote(p.trim()))
        .join('.');
      return;
    }
    const m = KEY_LINE.exec(text);
    if (!m) return;
    const key = m[2]!
      .split('.')
      .map((p) => unquote(p.trim()))
      .join('.');
    const path = table ? `${table}.${key}` : key;
    const valueStart = m[0].length;
    let raw = text.slice(valueStart).replace(/\r$/, '');
    if (m[3]) raw = raw.slice(0, Math.max(0, raw.lastIndexOf(m[3] === '"""' ? '"' : m[3])));
    else raw = raw.replace(/\s+#.*$/, '').trimEnd();
    fields.set(path, {
      path,
      keyLine: line,
      keyColumn: m[1]!.length + 1,
      line,
      column: valueStart + 1,
      raw,
    });
  });
  return fields;
}
