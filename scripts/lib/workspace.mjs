// Shared helpers of the release scripts: the public packages of the workspace and plain tables.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every non-private package under packages/, sorted by folder: `[{ dir, pkg }]`. */
export async function publicPackages(root = ROOT) {
  const folders = (await readdir(join(root, 'packages'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const found = [];
  for (const folder of folders) {
    const dir = join(root, 'packages', folder);
    let pkg;
    try {
      pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    if (!pkg.private) found.push({ dir, pkg });
  }
  return found;
}

/**
 * A Markdown-style table (readable in a terminal and pasteable into a PR).
 * @param {string[]} head @param {string[][]} rows @param {('l'|'r')[]} [align]
 */
export function table(head, rows, align = []) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (text, i) =>
    align[i] === 'r' ? String(text).padStart(widths[i]) : String(text).padEnd(widths[i]);
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
