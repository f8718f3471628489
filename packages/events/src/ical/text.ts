/**
 * RFC 5545 §3.3.11 TEXT escaping and §3.1 line folding. Pure string functions.
 */

/** Escapes a TEXT value: `\` `;` `,` and newlines. Input must already be sanitised (no CR/C0). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** Reverses {@link escapeText} (for tests and round trips). `\N` is accepted as a newline too. */
export function unescapeText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (excluding CRLF), never splitting
 * a UTF-8 sequence: the break goes before the code point that would not fit. Continuation lines
 * start with one space, which counts towards their 75 octets.
 *
 * @example
 * ```ts
 * foldLine('SUMMARY:' + 'é'.repeat(40)); // 'SUMMARY:éééé…\r\n éééé…', each part ≤ 75 octets
 * ```
 */
export function foldLine(line: string): string {
  // Fast path: pure ASCII that fits.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII range test, not a match on controls
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

/** Undoes folding: CRLF followed by one space or tab is removed (RFC 5545 §3.1). */
export function unfoldLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** Quotes a parameter value when it holds `:`, `;` or `,` (RFC 5545 §3.2). DQUOTE is removed. */
export function paramValue(value: string): string {
  const clean = value.replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
