import { describe, expect, it } from 'vitest';
import { selectByParts, selectSetting } from './rule.mjs';

const rule = { minColourfulness: 0.7, photos: 48 };
const s = (name, psnr, colourfulnessRatio, beatsGrey) => ({
  name,
  psnr,
  colourfulnessRatio,
  beatsGrey,
});

describe('selectSetting (the fixed selection rule)', () => {
  it('picks the highest PSNR among settings that pass both floors', () => {
    const chosen = selectSetting(
      [s('bold', 20, 1.1, 30), s('mild', 21, 0.75, 28), s('milder', 21.5, 0.72, 26)],
      rule,
    );
    expect(chosen.name).toBe('milder');
  });

  it('excludes washed-out settings and those that lose to grey on most photos', () => {
    const chosen = selectSetting(
      [s('grey-ish', 23, 0.4, 40), s('loser', 22, 0.9, 23), s('ok', 20, 0.8, 24)],
      rule,
    );
    expect(chosen.name).toBe('ok');
  });

  it('keeps the first of equal settings, ignores ones without a beats-grey count, null when none', () => {
    expect(selectSetting([s('a', 20, 0.8, 30), s('b', 20, 0.8, 30)], rule).name).toBe('a');
    expect(selectSetting([{ psnr: 30, colourfulnessRatio: 1 }], rule)).toBeNull();
    expect(selectSetting([s('a', 20, 0.69, 48)], rule)).toBeNull();
  });

  it('rule 2.2: the ratio of the means must reach the floor too', () => {
    const r22 = { ...rule, ratioOfMeans: true };
    const m = (name, psnr, ratio, ofMeans, beatsGrey) => ({
      ...s(name, psnr, ratio, beatsGrey),
      colourfulnessOfMeans: ofMeans,
    });
    const chosen = selectSetting(
      [m('pale-on-vivid', 23, 0.8, 0.6, 30), m('even', 22, 0.75, 0.72, 30), s('old', 24, 0.9, 30)],
      r22,
    );
    expect(chosen.name).toBe('even');
    expect(selectSetting([s('old', 24, 0.9, 30)], rule).name).toBe('old');
  });
});

describe('selectByParts (rules 2.3 and 2.4: every part of the validation photos)', () => {
  const part = (
    psnrVsGrey,
    beatsGrey,
    colourfulnessRatio,
    colourfulnessOfMeans = colourfulnessRatio,
  ) => ({
    photos: 10,
    psnrVsGrey,
    beatsGrey,
    colourfulnessRatio,
    colourfulnessOfMeans,
  });
  const rule23 = { minColourfulness: 0.7, parts: ['flowers', 'everyday'] };
  const set = (name, flowers, everyday) => ({ name, parts: { flowers, everyday } });

  it('picks the setting whose weakest part gains the most over grey', () => {
    const chosen = selectByParts(
      [
        set('flower-star', part(4, 9, 0.9), part(0.1, 6, 0.8)),
        set('balanced', part(1.5, 8, 0.8), part(0.6, 7, 0.75)),
        set('everyday-star', part(0.3, 6, 0.72), part(2, 9, 0.9)),
      ],
      rule23,
    );
    expect(chosen.name).toBe('balanced');
  });

  it('excludes a setting that fails any floor in any part', () => {
    const failing = [
      set('loses-on-everyday', part(3, 9, 0.9), part(-0.1, 6, 0.8)),
      set('beaten-on-most', part(3, 9, 0.9), part(0.5, 4, 0.8)),
      set('pale-flowers', part(3, 9, 0.69), part(0.5, 6, 0.8)),
      set('pale-on-vivid', part(3, 9, 0.8, 0.6), part(0.5, 6, 0.8)),
      { name: 'one-part-only', parts: { flowers: part(3, 9, 0.9) } },
      { name: 'measured-before-2.3', psnr: 30, beatsGrey: 10, colourfulnessRatio: 1 },
    ];
    expect(selectByParts(failing, rule23)).toBeNull();
    const ok = set('ok', part(0, 5, 0.7), part(0, 5, 0.7));
    expect(selectByParts([...failing, ok], rule23).name).toBe('ok');
  });

  it('rule 2.4: a third part, the unseen source, counts like the others', () => {
    const rule24 = { minColourfulness: 0.7, parts: ['flowers', 'everyday', 'unseen'] };
    const three = (name, unseen) => ({
      name,
      parts: { flowers: part(2, 8, 0.8), everyday: part(1, 7, 0.8), unseen },
    });
    const settings = [
      three('loses-on-unseen', part(-0.2, 6, 0.8)),
      three('pale-on-unseen', part(0.5, 6, 0.8, 0.65)),
      three('weak-on-unseen', part(0.2, 6, 0.75)),
      three('best-weakest', part(0.8, 6, 0.75)),
    ];
    expect(selectByParts(settings, rule24).name).toBe('best-weakest');
    // Without the third part, 2.3 sees no difference and keeps the first.
    expect(selectByParts(settings, rule23).name).toBe('loses-on-unseen');
  });

  it('keeps the first of equal settings', () => {
    const a = set('a', part(1, 6, 0.8), part(1, 6, 0.8));
    const b = set('b', part(2, 6, 0.8), part(1, 6, 0.8));
    expect(selectByParts([a, b], rule23).name).toBe('a');
  });
});
