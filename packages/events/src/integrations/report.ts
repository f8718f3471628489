import { type Diagnostic, formatDiagnostic } from '../diagnostics/diagnostic.js';

/** Where a site generator wants its messages (Astro's logger, Eleventy's console). */
export interface SiteLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Hands every diagnostic to the generator's log, compiler-style (`file:line:col  error  CODE …`),
 * and says how many errors there were; `strict` makes errors fail the build, as the CLI's exit 1
 * does. Informational notes (a draft left out) are logged as info.
 */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  logger: SiteLogger,
  strict: boolean,
  what: string,
): void {
  let errors = 0;
  for (const d of diagnostics) {
    const line = formatDiagnostic(d);
    if (d.severity === 'error') {
      errors++;
      logger.error(line);
    } else if (d.severity === 'warning') logger.warn(line);
    else logger.info(line);
  }
  if (errors > 0 && strict) {
    throw new Error(`${what}: ${errors} error(s) in the event files (see above).`);
  }
}
