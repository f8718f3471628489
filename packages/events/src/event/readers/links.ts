import { bundlePageUrl, isBundleIndex } from '../../text/slug.js';
import { typeName } from '../context.js';
import type { FieldContext } from '../field-context.js';
import { checkUrl, isPageRelative } from '../urls.js';
import type { Draft, FieldReader } from './draft.js';

/**
 * Checks one link's text (absolute http(s), or resolved against `baseUrl`); reports problems. In a
 * page bundle a relative link is a page resource: it resolves against the bundle's page URL, and
 * is reported where that URL is not known (never against the site's root).
 */
export function checkLink(
  ctx: FieldContext,
  key: string,
  value: string,
  allowMailto: boolean,
): string | undefined {
  let base = ctx.opts.baseUrl;
  if (base !== undefined && ctx.file && isBundleIndex(ctx.file) && isPageRelative(value)) {
    base = bundlePageUrl(ctx.file, base);
    if (base === undefined) {
      ctx.report('EVENT_URL_PAGE_RELATIVE', key, {
        params: { value: value.trim() },
        dropped: key,
        hintKey: 'HINT_PAGE_RELATIVE',
      });
      return undefined;
    }
  }
  const check = checkUrl(value, base, allowMailto);
  if (check.ok) return check.url;
  ctx.report(check.code, key, {
    params: { value: value.trim() },
    dropped: key,
    ...(check.code === 'EVENT_URL_RELATIVE' && { hintKey: 'HINT_BASE_URL' as const }),
  });
  return undefined;
}

/** A link field's value: text, else reported (empty or another type). */
export function linkValue(
  ctx: FieldContext,
  key: string,
  value: unknown,
  allowMailto: boolean,
): string | undefined {
  if (value === null) {
    ctx.report('EVENT_URL_EMPTY', key, { dropped: key });
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.report('EVENT_FIELD_TYPE', key, {
      params: { expected: 'link', actual: typeName(value) },
      dropped: key,
    });
    return undefined;
  }
  return checkLink(ctx, key, value, allowMailto);
}

type LinkField = 'url' | 'registrationUrl' | 'imageUrl';

/** A reader for one link field; `mailto:` only where it makes sense (registration). */
export function linkReader(
  field: LinkField,
  keys: (m: Parameters<FieldReader>[1]) => string[],
  allowMailto: boolean,
): FieldReader {
  return (ctx, m, draft: Draft) => {
    const found = ctx.pick(keys(m));
    if (!found) return;
    const url = linkValue(ctx, found.key, found.value, allowMailto);
    if (url) draft[field] = url;
  };
}
