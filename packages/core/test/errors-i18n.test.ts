import { describe, expect, it } from 'vitest';
import { createCatalog, interpolate, KlasLabError, resolveLocale } from '../src/index.js';

describe('KlasLabError', () => {
  it('carries a stable code, message, details and location', () => {
    const error = new KlasLabError('EVENT_BAD_DATE', 'Bad date', {
      details: { file: 'a.md', line: 3, column: 7, hint: 'use ISO 8601' },
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('KlasLabError');
    expect(error.code).toBe('EVENT_BAD_DATE');
    expect(error.location).toBe('a.md:3:7');
    expect(KlasLabError.is(error)).toBe(true);
    expect(KlasLabError.is(new Error('x'))).toBe(false);
  });

  it('keeps its cause and survives a JSON round trip (as across a worker boundary)', () => {
    const cause = new Error('low level');
    const error = new KlasLabError('MODEL_LOAD_FAILED', 'Could not load', {
      cause,
      details: { file: 'm.onnx' },
    });
    expect(error.cause).toBe(cause);
    const again = KlasLabError.fromJSON(JSON.parse(JSON.stringify(error)));
    expect(again.code).toBe('MODEL_LOAD_FAILED');
    expect(again.details).toEqual({ file: 'm.onnx' });
    expect(KlasLabError.is(again)).toBe(true);
  });
});

describe('i18n', () => {
  const catalog = createCatalog({
    nl: {
      photos: { one: '{count} foto', other: '{count} foto’s' },
      hello: 'Hallo {name}',
      onlyDutch: 'Alleen Nederlands',
    },
    en: { photos: { one: '{count} photo', other: '{count} photos' }, hello: 'Hello {name}' },
    fr: { photos: { one: '{count} photo', other: '{count} photos' }, hello: 'Bonjour {name}' },
  });

  it('resolves BCP 47 tags and preference lists, defaulting to Dutch', () => {
    expect(resolveLocale('nl-BE')).toBe('nl');
    expect(resolveLocale('FR_be')).toBe('fr');
    expect(resolveLocale(['de-DE', 'en-GB', 'nl'])).toBe('en');
    expect(resolveLocale('de')).toBe('nl');
    expect(resolveLocale(undefined)).toBe('nl');
  });

  it('interpolates and picks plural forms with Intl.PluralRules', () => {
    expect(catalog.t('en', 'photos', { count: 1 })).toBe('1 photo');
    expect(catalog.t('en', 'photos', { count: 2 })).toBe('2 photos');
    expect(catalog.t('nl', 'photos', { count: 0 })).toBe('0 foto’s');
    // French treats 0 and 1 as singular; English does not.
    expect(catalog.t('fr', 'photos', { count: 0 })).toBe('0 photo');
    expect(catalog.t('en', 'photos', { count: 0 })).toBe('0 photos');
    expect(catalog.t('fr-BE', 'hello', { name: 'Léa' })).toBe('Bonjour Léa');
  });

  it('formats numbers for the locale', () => {
    expect(catalog.t('nl', 'photos', { count: 1500 })).toBe('1.500 foto’s');
    expect(catalog.t('en', 'photos', { count: 1500 })).toBe('1,500 photos');
  });

  it('falls back to Dutch for a missing translation', () => {
    expect(catalog.forLocale('en')('onlyDutch')).toBe('Alleen Nederlands');
    expect(catalog.keys()).toEqual(['photos', 'hello', 'onlyDutch']);
  });

  it('reports missing parameters and messages with codes, never a silent placeholder', () => {
    expect(() => catalog.t('en', 'hello')).toThrowError(
      expect.objectContaining({ code: 'I18N_MISSING_PARAM' }),
    );
    expect(() => catalog.t('en', 'photos')).toThrowError(
      expect.objectContaining({ code: 'I18N_MISSING_PARAM' }),
    );
    expect(() => catalog.t('en', 'nope' as never)).toThrowError(
      expect.objectContaining({ code: 'I18N_MISSING_MESSAGE' }),
    );
    expect(() => interpolate('{a} {b}', { a: 1 })).toThrow(KlasLabError);
  });
});
