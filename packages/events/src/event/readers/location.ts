import { sanitizeText } from '../../text/plain-text.js';
import { typeName } from '../context.js';
import type { EventLocation } from '../types.js';
import { looksLikeUrl } from '../urls.js';
import type { FieldReader } from './draft.js';
import { checkLink, linkValue } from './links.js';

function firstString(o: Record<string, unknown>, keys: string[]): string | undefined {
  for (const k of keys)
    if (typeof o[k] === 'string' && (o[k] as string).trim()) return o[k] as string;
  return undefined;
}

/**
 * The location: a name, `{ title|name, address, url }` (the address as text or as parts), or a list
 * (its first item); a link given as the location becomes the location's link. A separate link key
 * (`location_link`) sets the link.
 */
export const readLocation: FieldReader = (ctx, m, draft) => {
  const field = ctx.pick(m.location);
  const location: EventLocation = {};
  if (field) {
    let value = field.value;
    let path = field.key;
    if (Array.isArray(value)) {
      value = value[0];
      path = `${path}.0`;
    }
    if (typeof value === 'string' || typeof value === 'number') {
      const name = sanitizeText(String(value)).trim();
      if (name === '') ctx.report('EVENT_FIELD_EMPTY', field.key);
      else if (looksLikeUrl(name)) {
        ctx.report('EVENT_LOCATION_IS_URL', field.key);
        const url = checkLink(ctx, field.key, name, false);
        if (url) location.url = url;
      } else location.name = name;
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const o = value as Record<string, unknown>;
      const name = firstString(o, ['title', 'name']);
      const address = o.address;
      if (name) location.name = sanitizeText(name).trim();
      if (typeof address === 'string' && address.trim())
        location.address = sanitizeText(address).trim();
      else if (address && typeof address === 'object') {
        const parts = Object.values(address as Record<string, unknown>).filter(
          (v): v is string | number => typeof v === 'string' || typeof v === 'number',
        );
        if (parts.length) location.address = sanitizeText(parts.join(', ')).trim();
      }
      const linkKey = ['url', 'link', 'href'].find((k) => typeof o[k] === 'string');
      if (linkKey) {
        const url = checkLink(ctx, `${path}.${linkKey}`, o[linkKey] as string, false);
        if (url) location.url = url;
      }
    } else if (value !== null && value !== undefined) {
      ctx.report('EVENT_FIELD_TYPE', field.key, {
        params: { expected: 'text', actual: typeName(value) },
        dropped: 'location',
      });
    } else ctx.report('EVENT_FIELD_EMPTY', field.key);
  }
  const linkField = ctx.pick(m.locationUrl);
  if (linkField) {
    const url = linkValue(ctx, linkField.key, linkField.value, false);
    if (url) location.url = url;
  }
  if (Object.keys(location).length) draft.location = location;
};
