import { describe, expect, it } from 'vitest';
import { selectSetting } from './rule.mjs';

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
