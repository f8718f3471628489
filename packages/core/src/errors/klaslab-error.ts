/** Where in a user's input a problem was found, and how to fix it. All fields optional. */
export interface ErrorDetails {
  /** File name or URL the problem is in. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** A short suggestion for the user ("did you mean …?"). */
  hint?: string;
  /** Anything else a caller may want to show or log (sizes, limits, names). */
  [key: string]: unknown;
}

export interface KlasLabErrorOptions {
  details?: ErrorDetails;
  /** The lower-level error that led to this one. */
  cause?: unknown;
}

// A registered symbol survives duplicate copies of this package and realms (workers, iframes),
// where `instanceof` would not.
const BRAND = Symbol.for('@klaslab/core/KlasLabError');

/**
 * The one error class every KlasLab package throws for user-facing problems.
 *
 * `code` is stable (SCREAMING_SNAKE, prefixed by area, e.g. `IMAGE_TOO_LARGE`): match on it, not on
 * the message, which may be reworded.
 *
 * @example
 * ```ts
 * import { KlasLabError } from '@klaslab/core';
 * try {
 *   throw new KlasLabError('IMAGE_EMPTY', 'The image has no pixels.', { details: { file: 'a.png' } });
 * } catch (error) {
 *   if (KlasLabError.is(error) && error.code === 'IMAGE_EMPTY') console.log(error.details?.file);
 * }
 * ```
 */
export class KlasLabError extends Error {
  override readonly name = 'KlasLabError';
  readonly code: string;
  readonly details: ErrorDetails | undefined;

  constructor(code: string, message: string, options: KlasLabErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for any KlasLabError, even one from another copy of this package or another realm. */
  static is(value: unknown): value is KlasLabError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[BRAND] === true
    );
  }

  /** `file:line:column` when known, for compiler-style messages. */
  get location(): string | undefined {
    const d = this.details;
    if (!d?.file) return undefined;
    if (d.line === undefined) return d.file;
    return d.column === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.column}`;
  }

  /** A plain object for JSON output and `postMessage` (Error objects lose fields in structured clone). */
  toJSON(): { name: string; code: string; message: string; details?: ErrorDetails } {
    return this.details === undefined
      ? { name: this.name, code: this.code, message: this.message }
      : { name: this.name, code: this.code, message: this.message, details: this.details };
  }

  /** Rebuilds an error from {@link KlasLabError.toJSON} output, e.g. after crossing a worker boundary. */
  static fromJSON(value: { code: string; message: string; details?: ErrorDetails }): KlasLabError {
    return new KlasLabError(
      value.code,
      value.message,
      value.details ? { details: value.details } : {},
    );
  }
}
