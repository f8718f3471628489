import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  Scalar,
  type YAMLMap,
} from 'yaml';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import { blankLines, type FieldInfo, keyOnLine, type ReadFrontmatter } from './fields.js';

// Nested objects deeper than this are kept as data but not indexed for positions.
const MAX_DEPTH = 4;
// Re-reads after blanking broken lines; each round removes at least one line.
const MAX_ROUNDS = 8;

const TOP_LEVEL_KEY = /^[^\s#-][^:]*:/;
const STRAY_QUOTES = /^(\s*)([\w.-]+)(\s*:\s*)(""|'')(\S.*)$/;

/**
 * Reads YAML frontmatter with `yaml` 2 in YAML 1.2 core mode (dates stay strings, `17:00` stays a
 * string, `no` stays a string). Syntax errors become diagnostics; in lenient mode the broken lines
 * are left out and the rest is read again.
 */
export function readYamlFrontmatter(text: string, firstLine: number): ReadFrontmatter {
  const diagnostics: DiagnosticInput[] = [];
  const droppedKeys: string[] = [];
  const lines = text.split('\n');
  const blanked = new Set<number>();
  let source = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: false,
      lineCounter,
      prettyErrors: false,
    });
    if (doc.errors.length === 0) {
      // `!!js/function`, `!foo`: the yaml library reads the value as plain text and only warns.
      for (const warning of doc.warnings) {
        if (warning.code !== 'TAG_RESOLVE_FAILED') continue;
        const { line, col } = lineCounter.linePos(warning.pos[0]);
        diagnostics.push({
          code: 'EVENT_YAML_UNKNOWN_TAG',
          line: firstLine + line - 1,
          column: col,
          params: { tag: source.slice(warning.pos[0], warning.pos[1]) },
          ...(keyOnLine(lines[line - 1]) !== undefined && { key: keyOnLine(lines[line - 1])! }),
        });
      }
      const fields = new Map<string, FieldInfo>();
      const contents = doc.contents;
      if (contents === null || (isScalar(contents) && contents.value === null)) {
        return { data: {}, fields, droppedKeys, diagnostics };
      }
      if (!isMap(contents)) {
        diagnostics.push({
          code: 'EVENT_FRONTMATTER_NOT_MAPPING',
          line: firstLine,
          column: 1,
          dropped: 'event',
        });
        return { data: undefined, fields, droppedKeys, diagnostics };
      }
      const data = walkMap(contents, '', 0, {
        source,
        lineCounter,
        firstLine,
        fields,
        diagnostics,
        doc,
      });
      return { data, fields, droppedKeys, diagnostics };
    }
    let progressed = false;
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const lineText = lines[line - 1];
      const stray = lineText === undefined ? null : STRAY_QUOTES.exec(lineText);
      // The top-level key that owns the error (flow collections and quoted strings span lines).
      let from = line;
      while (from > 1 && !TOP_LEVEL_KEY.test(lines[from - 1] ?? '')) from--;
      const key = keyOnLine(lines[from - 1]);
      if (stray) {
        diagnostics.push({
          code: 'EVENT_YAML_STRAY_QUOTES',
          line: firstLine + line - 1,
          column: stray[1]!.length + stray[2]!.length + stray[3]!.length + 1,
          key: stray[2]!,
          hintKey: 'HINT_STRAY_QUOTES',
          hintParams: { value: stray[5]!.replace(/"+$/, '') },
          dropped: stray[2]!,
        });
      } else if (
        !diagnostics.some((d) => d.code === 'EVENT_YAML_SYNTAX' && d.line === firstLine + line - 1)
      ) {
        diagnostics.push({
          code: 'EVENT_YAML_SYNTAX',
          line: firstLine + line - 1,
          column: col,
          params: { detail: firstSentence(error.message) },
          ...(key !== undefined && { key, dropped: key }),
        });
      }
      for (let l = from; l <= line; l++) {
        if (blanked.has(l)) continue;
        blanked.add(l);
        progressed = true;
        const owner = keyOnLine(lines[l - 1]);
        if (owner !== undefined && !droppedKeys.includes(owner)) droppedKeys.push(owner);
      }
    }
    if (!progressed) break;
    source = blankLines(text, blanked);
  }
  return { data: undefined, fields: new Map(), droppedKeys, diagnostics };
}

function firstSentence(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '');
}

interface WalkContext {
  source: string;
  lineCounter: LineCounter;
  firstLine: number;
  fields: Map<string, FieldInfo>;
  diagnostics: DiagnosticInput[];
  doc: ReturnType<typeof parseDocument>;
}

function position(ctx: WalkContext, offset: number): { line: number; column: number } {
  const { line, col } = ctx.lineCounter.linePos(offset);
  return { line: ctx.firstLine + line - 1, column: col };
}

function walkMap(
  map: YAMLMap,
  prefix: string,
  depth: number,
  ctx: WalkContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    const keyText = isScalar(keyNode) ? String(keyNode.value) : keyNode ? String(keyNode) : '';
    const path = prefix ? `${prefix}.${keyText}` : keyText;
    const keyPos = keyNode?.range
      ? position(ctx, keyNode.range[0])
      : { line: ctx.firstLine, column: 1 };
    const firstLine = seen.get(keyText);
    if (firstLine !== undefined) {
      ctx.diagnostics.push({
        code: 'EVENT_DUPLICATE_KEY',
        line: keyPos.line,
        column: keyPos.column,
        key: path,
        params: { firstLine },
      });
    }
    seen.set(keyText, keyPos.line);
    const valueNode = pair.value as Node | null;
    let raw: string | undefined;
    let valuePos = keyPos;
    if (valueNode?.range) {
      const quoted =
        isScalar(valueNode) &&
        (valueNode.type === Scalar.QUOTE_DOUBLE || valueNode.type === Scalar.QUOTE_SINGLE);
      const start = valueNode.range[0] + (quoted ? 1 : 0);
      const end = valueNode.range[1] - (quoted ? 1 : 0);
      raw = ctx.source.slice(start, Math.max(start, end));
      valuePos = position(ctx, start);
    }
    ctx.fields.set(path, {
      path,
      keyLine: keyPos.line,
      keyColumn: keyPos.column,
      line: valuePos.line,
      column: valuePos.column,
      raw,
    });
    let value: unknown;
    if (isMap(valueNode) && depth < MAX_DEPTH) value = walkMap(valueNode, path, depth + 1, ctx);
    else if (isSeq(valueNode) && depth < MAX_DEPTH) {
      value = valueNode.items.map((item, i) => {
        const itemPath = `${path}.${i}`;
        if (isMap(item)) return walkMap(item, itemPath, depth + 1, ctx);
        const node = item as Node | null;
        if (node?.range) {
          const p = position(ctx, node.range[0]);
          ctx.fields.set(itemPath, {
            path: itemPath,
            keyLine: p.line,
            keyColumn: p.column,
            line: p.line,
            column: p.column,
            raw: ctx.source.slice(node.range[0], node.range[1]),
          });
        }
        if (!node || typeof (node as { toJS?: unknown }).toJS !== 'function') return node;
        const resolved = safeToJS(node, itemPath, ctx);
        return resolved.ok ? resolved.value : null;
      });
    } else if (valueNode === null || valueNode === undefined) value = null;
    else {
      const result = safeToJS(valueNode, path, ctx);
      if (!result.ok) continue;
      value = result.value;
    }
    out[keyText] = value;
  }
  return out;
}

/** Resolves a node to plain data. Aliases resolve here, so an unresolved or runaway alias fails here. */
function safeToJS(
  node: Node,
  path: string,
  ctx: WalkContext,
): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: node.toJS(ctx.doc, { maxAliasCount: 100 }) };
  } catch (error) {
    const p = node.range ? position(ctx, node.range[0]) : { line: ctx.firstLine, column: 1 };
    ctx.diagnostics.push({
      code: 'EVENT_YAML_SYNTAX',
      line: p.line,
      column: p.column,
      key: path,
      params: { detail: firstSentence((error as Error).message) },
      dropped: path,
    });
    return { ok: false };
  }
}
