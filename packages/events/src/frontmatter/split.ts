/** The parts of an event file: the frontmatter text, the Markdown body, and where each starts. */
export interface SplitFile {
  format: 'yaml' | 'toml' | 'none';
  /** The frontmatter between the fences, without them. */
  frontmatter: string;
  /** 1-based line of the first frontmatter line in the file (2 when the file starts with a fence). */
  frontmatterLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** Set when the opening fence has no closing one. */
  unclosed?: '---' | '+++';
}

const YAML_FENCE = /^---[ \t]*$/;
const YAML_END = /^(?:---|\.\.\.)[ \t]*$/;
const TOML_FENCE = /^\+\+\+[ \t]*$/;

/**
 * Splits a Markdown file into frontmatter and body. Jekyll, Hugo and Astro require the fence on the
 * very first line, and so do we: anything else is "no frontmatter".
 *
 * @example
 * ```ts
 * splitFrontmatter('---\ntitle: Hi\n---\nBody'); // { format: 'yaml', frontmatter: 'title: Hi', body: 'Body', … }
 * ```
 */
export function splitFrontmatter(text: string): SplitFile {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = src.indexOf('\n');
  const firstLine = (firstBreak === -1 ? src : src.slice(0, firstBreak)).replace(/\r$/, '');
  const isYaml = YAML_FENCE.test(firstLine);
  const isToml = !isYaml && TOML_FENCE.test(firstLine);
  if (!isYaml && !isToml) return { format: 'none', frontmatter: '', frontmatterLine: 1, body: src };
  const end = isYaml ? YAML_END : TOML_FENCE;
  const start = firstBreak === -1 ? src.length : firstBreak + 1;
  let pos = start;
  while (pos < src.length) {
    const nl = src.indexOf('\n', pos);
    const lineEnd = nl === -1 ? src.length : nl;
    const line = src.slice(pos, lineEnd).replace(/\r$/, '');
    if (end.test(line)) {
      return {
        format: isYaml ? 'yaml' : 'toml',
        frontmatter: src.slice(start, pos),
        frontmatterLine: 2,
        body: nl === -1 ? '' : src.slice(nl + 1),
      };
    }
    pos = lineEnd + 1;
  }
  return {
    format: isYaml ? 'yaml' : 'toml',
    frontmatter: src.slice(start),
    frontmatterLine: 2,
    body: '',
    unclosed: isYaml ? '---' : '+++',
  };
}
