/**
 * A strict reader for RFC 5545 recurrence rules (§3.3.10, `FREQ=WEEKLY;BYDAY=MO;COUNT=10`). Like the
 * date reader it never fixes a value: each problem carries its position inside the text, so the
 * caller can point at the wrong part. The rule parts and their value grammars are a table.
 */

export type Frequency =
  | 'SECONDLY'
  | 'MINUTELY'
  | 'HOURLY'
  | 'DAILY'
  | 'WEEKLY'
  | 'MONTHLY'
  | 'YEARLY';

export const FREQUENCIES: readonly Frequency[] = [
  'SECONDLY',
  'MINUTELY',
  'HOURLY',
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'YEARLY',
];

export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export type RRuleIssueCode =
  | 'EVENT_RRULE_SYNTAX'
  | 'EVENT_RRULE_FREQ_MISSING'
  | 'EVENT_RRULE_UNKNOWN_PART'
  | 'EVENT_RRULE_DUPLICATE_PART'
  | 'EVENT_RRULE_VALUE'
  | 'EVENT_RRULE_UNTIL_AND_COUNT'
  | 'EVENT_RRULE_PART_NOT_ALLOWED';

/** A problem inside the rule text; `index`/`length` locate it. */
export interface RRuleIssue {
  code: RRuleIssueCode;
  index: number;
  length: number;
  params: Record<string, string | number>;
}

/** One `NAME=VALUE` part as written, with where its value starts. */
export interface RRulePart {
  name: string;
  value: string;
  /** Index of the value in the rule text. */
  index: number;
}

export interface ReadRRule {
  /** Parts by name, in canonical order (FREQ first), only those that passed their checks. */
  parts: Map<string, RRulePart>;
  issues: RRuleIssue[];
}

type ValueCheck = (value: string) => string | undefined;

/** Checks a comma list where each item matches `item` and, as a number, lies in a range. */
function intList(min: number, max: number, signed: boolean): ValueCheck {
  const item = signed ? /^[+-]?\d{1,3}$/ : /^\d{1,2}$/;
  const expected = signed ? `±${min === 0 ? 0 : 1}…${max}` : `${min}…${max}`;
  return (value) => {
    for (const part of value.split(',')) {
      if (!item.test(part)) return expected;
      const n = Math.abs(Number(part));
      if (n < min || n > max || (signed && n === 0)) return expected;
    }
    return undefined;
  };
}

const DAY = /^([+-]?)(\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;

/** Value grammar of every rule part (RFC 5545 §3.3.10), in the order the canonical text uses. */
const PARTS: Record<string, ValueCheck> = {
  FREQ: (v) => (FREQUENCIES.includes(v as Frequency) ? undefined : FREQUENCIES.join(', ')),
  UNTIL: (v) => (/^\d{8}(T\d{6}Z?)?$/.test(v) ? undefined : 'YYYYMMDD | YYYYMMDDTHHMMSSZ'),
  COUNT: (v) => (/^\d{1,6}$/.test(v) && Number(v) > 0 ? undefined : '1, 2, 3, …'),
  INTERVAL: (v) => (/^\d{1,6}$/.test(v) && Number(v) > 0 ? undefined : '1, 2, 3, …'),
  BYSECOND: intList(0, 60, false),
  BYMINUTE: intList(0, 59, false),
  BYHOUR: intList(0, 23, false),
  BYDAY: (v) => {
    for (const part of v.split(',')) {
      const m = DAY.exec(part);
      if (!m) return 'MO, TU, WE, TH, FR, SA, SU, 1MO, -1FR, …';
      if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 53)) return '1MO…53MO, -1MO…';
      if (m[1] && m[2] === undefined) return 'MO, TU, WE, TH, FR, SA, SU, 1MO, -1FR, …';
    }
    return undefined;
  },
  BYMONTHDAY: intList(1, 31, true),
  BYYEARDAY: intList(1, 366, true),
  BYWEEKNO: intList(1, 53, true),
  BYMONTH: intList(1, 12, false),
  BYSETPOS: intList(1, 366, true),
  WKST: (v) => ((WEEKDAYS as readonly string[]).includes(v) ? undefined : WEEKDAYS.join(', ')),
};

export const RRULE_PARTS = Object.keys(PARTS);

/** Parts a frequency may not be combined with (RFC 5545 §3.3.10, the table under BYxxx). */
const NOT_WITH: Record<string, Frequency[]> = {
  BYMONTHDAY: ['WEEKLY'],
  BYYEARDAY: ['DAILY', 'WEEKLY', 'MONTHLY'],
  BYWEEKNO: ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY'],
};

/**
 * Reads a rule such as `FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260630T215959Z`. An `RRULE:` prefix is
 * accepted (it is how iCalendar and Google's API write it). Names are case-insensitive, as in
 * RFC 5545; values are upper-cased.
 */
export function readRRule(text: string): ReadRRule {
  const issues: RRuleIssue[] = [];
  const found = new Map<string, RRulePart>();
  const issue = (code: RRuleIssueCode, index: number, length: number, params = {}) =>
    issues.push({ code, index, length: Math.max(1, length), params });

  const prefix = /^\s*(RRULE:)?/i.exec(text)![0].length;
  const body = text.slice(prefix).replace(/\s+$/, '');
  let index = prefix;
  if (body === '') {
    issue('EVENT_RRULE_FREQ_MISSING', prefix, 1);
    return { parts: found, issues };
  }
  for (const raw of body.split(';')) {
    const at = index;
    index += raw.length + 1;
    // A trailing `;` (as some generators write) ends the rule.
    if (raw === '' && at === prefix + body.length) continue;
    const eq = raw.indexOf('=');
    if (raw === '' || eq <= 0) {
      issue('EVENT_RRULE_SYNTAX', at, raw.length, { part: raw });
      continue;
    }
    const name = raw.slice(0, eq).toUpperCase();
    const value = raw.slice(eq + 1).toUpperCase();
    const check = PARTS[name];
    if (!check) {
      issue('EVENT_RRULE_UNKNOWN_PART', at, eq, { part: raw.slice(0, eq) });
      continue;
    }
    if (found.has(name)) {
      issue('EVENT_RRULE_DUPLICATE_PART', at, eq, { part: name });
      continue;
    }
    const expected = check(value);
    if (expected !== undefined) {
      issue('EVENT_RRULE_VALUE', at + eq + 1, value.length, { part: name, value, expected });
      continue;
    }
    found.set(name, { name, value, index: at + eq + 1 });
  }

  const freq = found.get('FREQ')?.value as Frequency | undefined;
  if (!freq && issues.length === 0) issue('EVENT_RRULE_FREQ_MISSING', prefix, body.length);
  const until = found.get('UNTIL');
  const count = found.get('COUNT');
  if (until && count) {
    issue('EVENT_RRULE_UNTIL_AND_COUNT', count.index - 6, 5, {});
    found.delete('COUNT');
  }
  if (freq) {
    for (const [name, freqs] of Object.entries(NOT_WITH)) {
      const part = found.get(name);
      if (part && freqs.includes(freq)) {
        issue('EVENT_RRULE_PART_NOT_ALLOWED', part.index - name.length - 1, name.length, {
          part: name,
          freq,
        });
        found.delete(name);
      }
    }
    const byday = found.get('BYDAY');
    // An nth weekday (1MO, -1FR) only means something within a month or year (§3.3.10).
    if (byday && /\d/.test(byday.value)) {
      const nthAllowed = freq === 'MONTHLY' || (freq === 'YEARLY' && !found.has('BYWEEKNO'));
      if (!nthAllowed) {
        issue('EVENT_RRULE_PART_NOT_ALLOWED', byday.index, byday.value.length, {
          part: `BYDAY=${byday.value}`,
          freq,
        });
        found.delete('BYDAY');
      }
    }
  }
  const setpos = found.get('BYSETPOS');
  if (setpos && ![...found.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS')) {
    issue('EVENT_RRULE_PART_NOT_ALLOWED', setpos.index - 9, 8, {
      part: 'BYSETPOS',
      freq: freq ?? '',
    });
    found.delete('BYSETPOS');
  }
  const ordered = new Map<string, RRulePart>();
  for (const name of RRULE_PARTS) {
    const part = found.get(name);
    if (part) ordered.set(name, part);
  }
  return { parts: ordered, issues };
}

/** The rule text from parts, FREQ first (some clients, Outlook among them, read only that form). */
export function formatRRule(parts: ReadonlyMap<string, { value: string }>): string {
  return RRULE_PARTS.filter((n) => parts.has(n))
    .map((n) => `${n}=${parts.get(n)!.value}`)
    .join(';');
}
