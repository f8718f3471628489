import { describe, expect, it } from 'vitest';
import { KlasLabError, localizeError } from '../src/index.js';
import { FILE_ERROR_TEXTS } from '../src/node/index.js';

describe('localizeError', () => {
  const error = new KlasLabError('OUTPUT_IS_INPUT', 'Refusing to overwrite the input a.md.', {
    details: { file: 'a.md', hint: 'Choose another output name.' },
  });

  it('translates message and hint, filling placeholders from details', () => {
    expect(localizeError(error, 'nl-BE', FILE_ERROR_TEXTS)).toEqual({
      message: 'De invoer a.md wordt niet overschreven.',
      hint: 'Kies een andere naam voor de uitvoer.',
    });
    expect(localizeError(error, 'fr', FILE_ERROR_TEXTS).message).toBe(
      'Le fichier d’entrée a.md ne sera pas écrasé.',
    );
  });

  it('keeps the English text for English, unknown codes and missing placeholders', () => {
    expect(localizeError(error, 'en', FILE_ERROR_TEXTS)).toEqual({
      message: 'Refusing to overwrite the input a.md.',
      hint: 'Choose another output name.',
    });
    const unknown = new KlasLabError('SOMETHING_ELSE', 'Something else.');
    expect(localizeError(unknown, 'nl', FILE_ERROR_TEXTS)).toEqual({ message: 'Something else.' });
    const noFile = new KlasLabError('FILE_NOT_FOUND', 'No such file.');
    expect(localizeError(noFile, 'nl', FILE_ERROR_TEXTS)).toEqual({ message: 'No such file.' });
  });

  it('writes numbers as given, not grouped for the locale', () => {
    const big = new KlasLabError('FILE_TOO_LARGE', 'x.png is too large.', {
      details: { file: 'x.png', limit: 2026 },
    });
    expect(localizeError(big, 'nl', FILE_ERROR_TEXTS).message).toBe(
      'x.png is groter dan de grens van 2026 bytes.',
    );
  });

  it('the first catalogue that knows the code wins', () => {
    const own = { nl: { OUTPUT_IS_INPUT: { message: 'Eigen tekst voor {file}.' } } };
    expect(localizeError(error, 'nl', own, FILE_ERROR_TEXTS).message).toBe(
      'Eigen tekst voor a.md.',
    );
  });
});
