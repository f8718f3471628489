/**
 * The 50-minute lesson, step by step: what each step shows and how long it takes. The texts per
 * language and level are in content.ts; `<ai-lesson>` and `<ai-teacher-guide>` both read this
 * table, so the guide's timing always matches the lesson.
 */
export const STEP_IDS = [
  'predict',
  'colorize',
  'reveal',
  'probe',
  'bias',
  'confuse',
  'discuss',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** What a step puts on the screen besides its text. */
export type Embed = 'training-data' | 'colorizer' | 'gallery' | 'quiz';

export interface Step {
  id: StepId;
  minutes: number;
  /** Elements the step shows, in order. */
  embeds: readonly Embed[];
  /** The colorizer's `view` during this step (the lab's truth view for `reveal`). */
  view?: 'truth';
  /** The `<ai-gallery>` group the step shows (all groups when unset). */
  galleryGroup?: string;
}

export const STEPS: readonly Step[] = [
  { id: 'predict', minutes: 5, embeds: ['training-data'] },
  { id: 'colorize', minutes: 8, embeds: ['colorizer'] },
  { id: 'reveal', minutes: 7, embeds: ['colorizer'], view: 'truth' },
  { id: 'probe', minutes: 7, embeds: ['colorizer'] },
  { id: 'bias', minutes: 10, embeds: ['gallery'] },
  { id: 'confuse', minutes: 8, embeds: ['colorizer', 'gallery'], galleryGroup: 'confuse' },
  { id: 'discuss', minutes: 5, embeds: ['quiz'] },
];

/** Minutes from the start of the lesson to the start of each step. */
export function startMinutes(steps: readonly Step[] = STEPS): number[] {
  let at = 0;
  return steps.map((s) => {
    const start = at;
    at += s.minutes;
    return start;
  });
}

export const TOTAL_MINUTES = STEPS.reduce((sum, s) => sum + s.minutes, 0);

/** The step a URL fragment or query value names (`reveal`, or its number `3`), else undefined. */
export function stepFromParam(value: string | null | undefined): StepId | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if ((STEP_IDS as readonly string[]).includes(v)) return v as StepId;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= STEP_IDS.length ? STEP_IDS[n - 1] : undefined;
}
