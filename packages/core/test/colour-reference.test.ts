import { describe, expect, it } from 'vitest';
import {
  D50,
  D65,
  LINEAR_SRGB_TO_XYZ,
  labToSrgb,
  labToXyz,
  linearToSrgb,
  srgbToLab,
  srgbToLinear,
  XYZ_TO_LINEAR_SRGB,
  xyzToLab,
} from '../src/index.js';

// Reference values from the test suite of colour-science (colour.models.cie_lab and
// colour.models.rgb), which follows CIE 15:2004 with D65 at xy = (0.3127, 0.3290).
const LAB_CASES: Array<[xyz: [number, number, number], lab: [number, number, number]]> = [
  [
    [0.20654, 0.12197225, 0.05136952],
    [41.52787529, 52.63858304, 26.92317922],
  ],
  [
    [0.1422201, 0.23042768, 0.10495772],
    [55.11636304, -41.08791787, 30.91825778],
  ],
  [
    [0.0781878, 0.06157201, 0.28099326],
    [29.8056552, 20.01830466, -48.34913874],
  ],
];

function expectClose(
  actual: readonly number[],
  expected: readonly number[],
  tolerance: number,
): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expect(
      Math.abs(value - expected[i]!),
      `component ${i}: ${value} vs ${expected[i]}`,
    ).toBeLessThan(tolerance);
  });
}

describe('CIELAB against published reference values', () => {
  it.each(LAB_CASES)('XYZ %j → Lab %j (D65) to within 1e-4', (xyz, lab) => {
    expectClose(xyzToLab(...xyz), lab, 1e-4);
  });

  it.each(LAB_CASES)('Lab → XYZ inverts %j to within 1e-7', (xyz, lab) => {
    expectClose(labToXyz(...lab), xyz, 1e-7);
  });

  it('uses the given reference white (D50 case from the same suite)', () => {
    expectClose(
      xyzToLab(0.20654008, 0.12197225, 0.05136952, D50),
      [41.52787529, 51.19354174, 19.91843098],
      1e-4,
    );
  });

  it('maps the white point to L* = 100 and black to 0, neutral', () => {
    expectClose(xyzToLab(...D65), [100, 0, 0], 1e-12);
    expectClose(xyzToLab(0, 0, 0), [0, 0, 0], 1e-12);
  });

  it('D65 is the IEC 61966-2-1 white, xy = (0.3127, 0.3290)', () => {
    expectClose(D65, [0.95045593, 1, 1.08905775], 1e-8);
  });
});

describe('sRGB', () => {
  it('derives the BT.709/sRGB matrices published by colour-science', () => {
    expectClose(
      LINEAR_SRGB_TO_XYZ,
      [
        0.4123908, 0.35758434, 0.18048079, 0.21263901, 0.71516868, 0.07219232, 0.01933082,
        0.11919478, 0.95053215,
      ],
      1e-8,
    );
    expectClose(
      XYZ_TO_LINEAR_SRGB,
      [
        3.24096994, -1.53738318, -0.49861076, -0.96924364, 1.8759675, 0.04155506, 0.05563008,
        -0.20397696, 1.05697151,
      ],
      1e-8,
    );
  });

  it('uses the exact piecewise transfer function, continuous at the joint', () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 15);
    expect(srgbToLinear(0.04045)).toBeCloseTo(0.04045 / 12.92, 15);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214041140482232, 12);
    expect(Math.abs(srgbToLinear(0.0404501) - srgbToLinear(0.04045))).toBeLessThan(1e-7);
    for (let i = 0; i <= 100; i++)
      expect(linearToSrgb(srgbToLinear(i / 100))).toBeCloseTo(i / 100, 12);
  });

  it('sends XYZ reference colours to the published sRGB values', () => {
    // colour.XYZ_to_sRGB([0.20654008, 0.12197225, 0.05136952]) = [0.70573936, 0.19248266, 0.22354169]
    // with the IEC's rounded matrix; ours is the exact one, so agreement is to 5e-4.
    expectClose(
      labToSrgb(41.52787529, 52.63858304, 26.92317922),
      [0.70573936, 0.19248266, 0.22354169],
      5e-4,
    );
  });

  it('keeps neutral greys neutral: a* = b* = 0', () => {
    for (const v of [0, 0.01, 0.18, 0.5, 1]) {
      const [, a, b] = srgbToLab(v, v, v);
      expect(Math.abs(a)).toBeLessThan(1e-9);
      expect(Math.abs(b)).toBeLessThan(1e-9);
    }
  });

  it('keeps the primaries where they were (regression values, Lindbloom-style calculators agree to 0.01)', () => {
    expectClose(srgbToLab(1, 0, 0), [53.2371, 80.0901, 67.2033], 1e-3);
    expectClose(srgbToLab(0, 1, 0), [87.7355, -86.1812, 83.1866], 1e-3);
    expectClose(srgbToLab(0, 0, 1), [32.3008, 79.1952, -107.8554], 1e-3);
  });
});

describe('linearToSrgb8', () => {
  it('gives the same code as rounding the exact encoding, across the whole range', async () => {
    const { linearToSrgb8 } = await import('../src/index.js');
    for (let i = 0; i <= 100000; i++) {
      const v = i / 100000;
      expect(linearToSrgb8(v)).toBe(Math.round(linearToSrgb(v) * 255));
    }
    expect(linearToSrgb8(Number.NaN)).toBe(0);
    expect(linearToSrgb8(-1)).toBe(0);
    expect(linearToSrgb8(2)).toBe(255);
  });
});
