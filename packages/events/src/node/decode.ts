/** Where the first byte that is not UTF-8 sits (1-based line and column, in the file). */
export interface InvalidPosition {
  line: number;
  column: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Files that are not UTF-8 are almost always saved by an old editor in Windows-1252 (Latin-1).
const legacy = new TextDecoder('windows-1252');

/**
 * Decodes an event file's bytes: UTF-8 (a BOM is dropped), or, when the bytes are not valid UTF-8,
 * Windows-1252 together with the position of the first invalid byte, so the reader can warn
 * instead of silently showing `Caf� � l'�cole`.
 */
export function decodeEventText(bytes: Uint8Array): { text: string; invalid?: InvalidPosition } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const before = utf8.decode(bytes.subarray(0, bad));
    const lines = before.split('\n');
    return {
      text: legacy.decode(bytes),
      invalid: { line: lines.length, column: lines[lines.length - 1]!.length + 1 },
    };
  }
}

/** The offset of the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}
