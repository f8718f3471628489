/** The outcome of checking one link field. */
export type UrlCheck =
  | { ok: true; url: string }
  | {
      ok: false;
      code:
        | 'EVENT_URL_EMPTY'
        | 'EVENT_URL_RELATIVE'
        | 'EVENT_URL_INVALID'
        | 'EVENT_URL_PLACEHOLDER';
    };

// RFC 2606 reserves these for examples: a link to them is a template leftover.
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Checks a link: absolute `http(s)` (and `mailto:` where allowed), resolved against `baseUrl` when
 * relative and a base is known. Never guesses: `www.x.be` without a scheme is relative, as a
 * browser would read it.
 */
export function checkUrl(
  value: string,
  baseUrl: string | undefined,
  allowMailto = false,
): UrlCheck {
  const text = value.trim();
  if (text === '') return { ok: false, code: 'EVENT_URL_EMPTY' };
  if (/\s/.test(text) || /[<>"{}|\\^`]/.test(text)) return { ok: false, code: 'EVENT_URL_INVALID' };
  let url: URL;
  if (SCHEME.test(text)) {
    try {
      url = new URL(text);
    } catch {
      return { ok: false, code: 'EVENT_URL_INVALID' };
    }
  } else {
    if (baseUrl === undefined) return { ok: false, code: 'EVENT_URL_RELATIVE' };
    try {
      url = new URL(text, baseUrl);
    } catch {
      return { ok: false, code: 'EVENT_URL_INVALID' };
    }
  }
  if (url.protocol === 'mailto:' && allowMailto) return { ok: true, url: url.href };
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, code: 'EVENT_URL_INVALID' };
  if (
    url.hostname === '' ||
    (!/\.|^\[/.test(url.hostname) && !PLACEHOLDER_HOST.test(url.hostname))
  ) {
    return { ok: false, code: 'EVENT_URL_INVALID' };
  }
  if (PLACEHOLDER_HOST.test(url.hostname)) return { ok: false, code: 'EVENT_URL_PLACEHOLDER' };
  return { ok: true, url: url.href };
}

/** A link relative to its page (`cover.jpg`, `../x.png`), not to the site's root (`/x.png`). */
export function isPageRelative(value: string): boolean {
  const text = value.trim();
  return text !== '' && !SCHEME.test(text) && !text.startsWith('/');
}

/** True when text looks like a link rather than a place name. */
export function looksLikeUrl(text: string): boolean {
  return /^(https?:)?\/\/\S+$/i.test(text.trim()) || /^www\.\S+\.\S+$/i.test(text.trim());
}
