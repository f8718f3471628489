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
      const fields = indexFields(source, firstLine);
      const data = normalise(parsed, '', fields) as Record<string, unknown>;
      return { data, fields, droppedKeys, diagnostics };
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

// A TOML date literal as written: `2025-02-30`, `2025-02-30T10:00:00+01:00`, `2025-02-30 10:00`.
const TOML_DATE_LITERAL =
  /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)?$/;

/**
 * TOML dates become strings. Where the literal is on its key's line, the literal itself is used:
 * smol-toml rolls impossible dates over (`2025-02-30` → 2025-03-02) without an error, and the one
 * date reader reports them, as it does for YAML.
 */
function normalise(value: unknown, path: string, fields: Map<string, FieldInfo>): unknown {
  if (value instanceof TomlDate) {
    const raw = fields.get(path)?.raw?.trim();
    if (raw !== undefined && TOML_DATE_LITERAL.test(raw)) return raw;
    return value.toISOString().replace(/\.000(?=$|[+-Z])/, '');
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v, '', fields));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = normalise(v, path ? `${path}.${k}` : k, fields);
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
