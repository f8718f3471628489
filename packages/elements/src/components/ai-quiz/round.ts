import type { QuizItem } from '../../shared/gallery-data.js';

/**
 * A seeded generator (mulberry32, as @klaslab/colorize's sampler): the same seed gives the same
 * round. A copy on purpose: importing colorize's page entry for it costs the quiz 17.5 kB gzip
 * (measured with scripts/check-budgets.mjs), for eight lines.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * A round of `count` pictures: half colorized by the model, half real (the odd one out is real),
 * as far as the pool has them, in a shuffled order.
 */
export function drawRound(items: readonly QuizItem[], count: number, seed: number): QuizItem[] {
  // The same seed gives the same round, e.g. for a whole class.
  const rand = mulberry32(seed);
  const colorized = shuffle(
    items.filter((i) => i.answer === 'colorized'),
    rand,
  );
  const real = shuffle(
    items.filter((i) => i.answer === 'real'),
    rand,
  );
  const n = Math.max(1, Math.min(count, items.length));
  const nColorized = Math.min(colorized.length, Math.floor(n / 2));
  const picked = [...colorized.slice(0, nColorized), ...real.slice(0, n - nColorized)];
  return shuffle(picked, rand);
}

export type Guess = 'real' | 'colorized';

/** The score of a finished (or partly finished) round. */
export interface QuizScore {
  /** Answers given. */
  answered: number;
  correct: number;
  /** Colorized pictures in the answers. */
  colorized: number;
  /** Colorized pictures the player took for real: the model fooled them. */
  fooled: number;
  /** Real pictures the player took for colorized. */
  doubted: number;
}

export function score(round: readonly QuizItem[], guesses: readonly Guess[]): QuizScore {
  const s: QuizScore = { answered: 0, correct: 0, colorized: 0, fooled: 0, doubted: 0 };
  guesses.forEach((guess, i) => {
    const item = round[i];
    if (!item) return;
    s.answered += 1;
    if (guess === item.answer) s.correct += 1;
    if (item.answer === 'colorized') {
      s.colorized += 1;
      if (guess === 'real') s.fooled += 1;
    } else if (guess === 'colorized') s.doubted += 1;
  });
  return s;
}

/**
 * Which honest verdict fits: `never` (the model fooled nobody), `rarely` (at most a quarter of
 * its pictures), `often` (more than half), else `sometimes`.
 */
export function verdict(s: QuizScore): 'never' | 'rarely' | 'sometimes' | 'often' {
  if (s.colorized === 0 || s.fooled === 0) return 'never';
  const share = s.fooled / s.colorized;
  if (share <= 0.25) return 'rarely';
  return share > 0.5 ? 'often' : 'sometimes';
}
