// Where the gallery's candidates come from: Debian packages (apt-get download + dpkg-deb -x, cached
// under node_modules/.cache), files inside Qt resource bundles (models/data/rcc.py), and who may
// use them: the model's data manifest (models/data/manifest.tsv: author and licence per file,
// checked by the model issue) or, for files the model never used, the package's debian/copyright.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Licences the gallery may ship (redistribution allowed; attribution recorded). */
export const ALLOWED_LICENCES = /^(public-domain|CC0-1\.0|CC-BY-[0-9.]+|CC-BY-SA-[0-9.]+)$/;

/** Tab-separated file with a header row → array of objects. */
export function readTsv(text) {
  const [head, ...rows] = text.trimEnd().split('\n');
  const keys = head.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((v, i) => [keys[i], v])));
}

/** Downloads (unless `debs` has it) and unpacks `pkg`; returns the unpacked root. */
export async function unpack(pkg, cache, debs) {
  const root = join(cache, 'extract', pkg);
  if (existsSync(root)) return root;
  const dir = debs ?? join(cache, 'debs');
  await mkdir(dir, { recursive: true });
  let deb = readdirSync(dir).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  if (!deb) {
    execFileSync('apt-get', ['download', pkg], { cwd: dir, stdio: 'inherit' });
    deb = readdirSync(dir).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  }
  if (!deb) throw new Error(`GALLERY_SOURCE_MISSING: apt-get download ${pkg} gave no .deb`);
  await mkdir(root, { recursive: true });
  execFileSync('dpkg-deb', ['-x', join(dir, deb), root]);
  return root;
}

/** The package version of an unpacked package (from its .deb name). */
export function versionOf(pkg, cache, debs) {
  const deb = readdirSync(debs ?? join(cache, 'debs')).find((f) => f.startsWith(`${pkg}_`));
  return decodeURIComponent(deb?.split('_')[1] ?? '');
}

/** Bytes of `path` in an unpacked package; `rcc:BUNDLE!INNER` reads a file inside a Qt bundle. */
export async function readSource(root, path, cache, repoRoot) {
  if (!path.startsWith('rcc:')) return readFile(join(root, path));
  const [bundle, inner] = path.slice(4).split('!');
  const out = join(cache, 'rcc', bundle.replace(/[^\w.-]+/g, '_'));
  if (!existsSync(out))
    execFileSync('/usr/bin/python3', [
      join(repoRoot, 'models/data/rcc.py'),
      join(root, bundle),
      out,
      '.webp',
      '.jpg',
      '.png',
    ]);
  return readFile(join(out, inner));
}

/** The path models/data/manifest.tsv uses for a candidate (its `source_path` column). */
export function manifestPath(candidate) {
  const path = candidate.path.startsWith('rcc:')
    ? candidate.path.split('!')[1].replace(/^gcompris\//, '')
    : candidate.path;
  return candidate.cutout ? `${path}#cutout-on-grey.jpg` : path;
}

/** Scratch's media are CC-BY-SA-3.0 by the stanza `Files: Help/* Media/* Projects`. */
async function scratchMediaLicence(root) {
  const text = await readFile(join(root, 'usr/share/doc/scratch/copyright'), 'utf8');
  const stanza = text.split(/\n\s*\n/).find((s) => /^Files:.*\bMedia\/\*/m.test(s));
  const licence = stanza?.match(/^License:\s*(\S+)/m)?.[1];
  const author = stanza
    ?.match(/^Copyright:\s*(.+)$/m)?.[1]
    .replace(/^Copyright \(c\)\s*/i, '')
    .replace(/^\d{4}\s+/, '');
  if (!licence || !author)
    throw new Error('GALLERY_LICENCE_UNKNOWN: scratch copyright has no Media/* stanza');
  return { author, licence, licenceSource: 'debian/copyright (Files: Help/* Media/* Projects)' };
}

/**
 * Author and licence of a candidate: from the model's data manifest when the model issue recorded
 * the file, else from the package's copyright (Scratch's media). Throws GALLERY_LICENCE_* when it
 * is unknown or not one the gallery may ship.
 */
export async function licenceOf(candidate, root, manifestRows) {
  const path = manifestPath(candidate);
  const row = manifestRows.find((r) => r.package === candidate.pkg && r.source_path === path);
  const found = row
    ? { author: row.author, licence: row.licence, licenceSource: 'models/data/manifest.tsv' }
    : candidate.pkg === 'scratch'
      ? await scratchMediaLicence(root)
      : undefined;
  if (!found)
    throw new Error(`GALLERY_LICENCE_UNKNOWN: ${candidate.id} (${candidate.pkg}:${path})`);
  if (!ALLOWED_LICENCES.test(found.licence))
    throw new Error(`GALLERY_LICENCE_NOT_ALLOWED: ${candidate.id} is ${found.licence}`);
  return { ...found, manifestFile: row?.file };
}

/** Which split the model put a file in ('train', 'heldout'), or 'unused'. */
export function splitOf(candidate, manifestRows, splitRows) {
  const path = manifestPath(candidate);
  const row = manifestRows.find((r) => r.package === candidate.pkg && r.source_path === path);
  if (!row) return 'unused';
  return splitRows.find((s) => s.file === row.file)?.split ?? 'unused';
}
