#!/usr/bin/env node
// `npm run size`: min+gzip size of every package entry per export condition (node, browser),
// checked against scripts/size-budget.json. `--update` rewrites the budgets as the measured sizes
// plus 10% headroom (rounded up to 100 bytes); do that on purpose, in its own commit.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkBudgets, formatBytes, measurePackage } from './lib/size.mjs';
import { publicPackages, ROOT, table } from './lib/workspace.mjs';

export const BUDGET_FILE = join(ROOT, 'scripts/size-budget.json');
export const HEADROOM = 1.1;
const OWN = 'own';

/** Measures all public packages and prints the table; returns true when every entry is in budget. */
export async function sizeCheck({ update = false, log = console.log } = {}) {
  // A package whose budget entry is "own" checks its sizes in its own lint (e.g. elements, whose
  // budgets count only what a page loads up front, not the chunks it imports lazily).
  const previous = JSON.parse(await readFile(BUDGET_FILE, 'utf8'));
  const rows = [];
  for (const { dir, pkg } of await publicPackages()) {
    if (previous[pkg.name] === OWN) log(`${pkg.name}: sizes checked by the package's own lint`);
    else rows.push(...(await measurePackage(dir)));
  }
  if (update) {
    const budgets = Object.fromEntries(Object.entries(previous).filter(([, v]) => v === OWN));
    for (const row of rows) {
      budgets[row.name] ??= {};
      budgets[row.name][row.subpath] ??= {};
      budgets[row.name][row.subpath][row.condition] = Math.ceil((row.gzip * HEADROOM) / 100) * 100;
    }
    await writeFile(BUDGET_FILE, `${JSON.stringify(budgets, null, 2)}\n`);
    log(`wrote ${BUDGET_FILE}`);
  }
  const budgets = JSON.parse(await readFile(BUDGET_FILE, 'utf8'));
  const checked = checkBudgets(rows, budgets);
  log(
    table(
      ['package', 'entry', 'condition', 'min', 'min+gzip', 'budget', 'used', ''],
      checked.map((r) => [
        r.name,
        r.subpath,
        r.condition,
        formatBytes(r.min),
        formatBytes(r.gzip),
        r.budget === undefined ? 'none' : formatBytes(r.budget),
        r.budget === undefined ? '—' : `${Math.round((100 * r.gzip) / r.budget)}%`,
        (r.ok ? 'ok' : 'FAIL') +
          (r.condition !== 'node' && r.builtins.length
            ? ` (Node-only: imports ${r.builtins.join(', ')})`
            : ''),
      ]),
      ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  log(
    'min+gzip of each entry with @klaslab/* dependencies bundled, third-party dependencies external.',
  );
  const failed = checked.filter((r) => !r.ok);
  for (const r of failed) {
    log(
      r.budget === undefined
        ? `✗ ${r.name} ${r.subpath} (${r.condition}): no budget in scripts/size-budget.json`
        : `✗ ${r.name} ${r.subpath} (${r.condition}): ${r.gzip} B is over its budget of ${r.budget} B`,
    );
  }
  return failed.length === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = await sizeCheck({ update: process.argv.includes('--update') });
  process.exitCode = ok ? 0 : 1;
}
