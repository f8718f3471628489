import { formatDate, formatTime } from '../dates/civil.js';
import { readDateTime } from '../dates/iso.js';
import { canonicalTimeZone } from '../dates/zone.js';
import type { DiagnosticInput } from '../diagnostics/diagnostic.js';
import type { Civil, Field, FieldContext } from '../event/field-context.js';
import type { EventRecurrence, EventTime } from '../event/types.js';
import { wallKey, zonedInstant, zonedWall } from '../event/zoned.js';
import type { FieldMapping } from '../mapping/presets.js';
import { ownValue } from '../own-key.js';
import { ruleWalls } from './expand.js';
import { formatRRule, type RRulePart, readRRule, WEEKDAYS } from './rrule.js';

/**
 * The recurrence field reader: `rrule`/`recurrence`/`repeat` in the spellings real sites use, then
 * `exdate`s and `rdate`s, each checked against RFC 5545 and placed in the event's zone.
 */

/** Frequency words (`repeat: weekly`), English, Dutch and French. */
const FREQUENCY_WORDS: Record<string, string> = {
  daily: 'FREQ=DAILY',
  weekly: 'FREQ=WEEKLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
  fortnightly: 'FREQ=WEEKLY;INTERVAL=2',
  monthly: 'FREQ=MONTHLY',
  yearly: 'FREQ=YEARLY',
  annually: 'FREQ=YEARLY',
  dagelijks: 'FREQ=DAILY',
  wekelijks: 'FREQ=WEEKLY',
  tweewekelijks: 'FREQ=WEEKLY;INTERVAL=2',
  maandelijks: 'FREQ=MONTHLY',
  jaarlijks: 'FREQ=YEARLY',
  quotidien: 'FREQ=DAILY',
  hebdomadaire: 'FREQ=WEEKLY',
  mensuel: 'FREQ=MONTHLY',
  annuel: 'FREQ=YEARLY',
};

/** "No recurrence", as written in `repeat:` fields. */
const NO_REPEAT = new Set(['none', 'never', 'no', 'nee', 'geen', 'false']);

/** Sub-keys of the object form (FullCalendar's rrule plugin, rrule.js options), lower-cased. */
const OBJECT_PARTS: Record<string, string> = {
  freq: 'FREQ',
  frequency: 'FREQ',
  interval: 'INTERVAL',
  count: 'COUNT',
  until: 'UNTIL',
  byday: 'BYDAY',
  byweekday: 'BYDAY',
  bymonthday: 'BYMONTHDAY',
  byyearday: 'BYYEARDAY',
  byweekno: 'BYWEEKNO',
  bymonth: 'BYMONTH',
  bysetpos: 'BYSETPOS',
  byhour: 'BYHOUR',
  byminute: 'BYMINUTE',
  bysecond: 'BYSECOND',
  wkst: 'WKST',
};

const DAY_NAMES: Record<string, string> = Object.fromEntries(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((d, i) => [
    d,
    WEEKDAYS[i]!,
  ]),
);

/** Keys that mean recurrence in some theme but whose form we do not read: reported, not guessed. */
export const RECURRENCE_LIKE = [
  'recurring',
  'recur',
  'recurs',
  'every',
  'herhaling',
  'frequency',
  'byday',
  'until',
];

/** A rule and where each of its parts came from. */
interface RuleSource {
  text: string;
  /** Reports an issue at index `i` of `text`. */
  at: (i: number) => { path: string; line: number; column: number };
  /** The author wrote UNTIL as RFC 5545 text (so a type mismatch is worth an info). */
  literal: boolean;
}

export function readRecurrence(
  ctx: FieldContext,
  m: FieldMapping,
  start: EventTime,
  timeZone: string,
): EventRecurrence | undefined {
  const ruleField = ctx.pick(m.rrule);
  const exdates: Dated[] = [];
  const rdates: Dated[] = [];
  let rrule: string | undefined;
  if (ruleField) {
    const sources = ruleSources(ctx, ruleField, start, timeZone, exdates, rdates);
    if (sources.length > 1) {
      const second = sources[1]!.at(0);
      ctx.push({
        code: 'EVENT_RRULE_DUPLICATE_PART',
        line: second.line,
        column: second.column,
        key: second.path,
        params: { part: 'RRULE' },
        dropped: 'rrule',
      });
    }
    if (sources[0]) rrule = checkRule(ctx, sources[0], start, timeZone);
  } else {
    const like = RECURRENCE_LIKE.find((k) => ctx.peek(k));
    if (like) {
      ctx.report('EVENT_RECURRENCE_UNKNOWN', like, { hintKey: 'HINT_RRULE' }, 'key');
    }
  }
  const exField = ctx.pick(m.exdate);
  if (exField) exdates.push(...readDateList(ctx, exField, start, timeZone, 'exdate'));
  const rField = ctx.pick(m.rdate);
  if (rField) rdates.push(...readDateList(ctx, rField, start, timeZone, 'rdate'));

  if (rrule === undefined && rdates.length === 0 && exdates.length > 0) {
    const key = exField?.key ?? exdates[0]!.path;
    ctx.report('EVENT_EXDATE_WITHOUT_RULE', key, { dropped: key });
    exdates.length = 0;
  }
  const kept =
    rrule !== undefined ? matchingExdates(ctx, rrule, start, timeZone, exdates, rdates) : exdates;
  if (rrule === undefined && rdates.length === 0) return undefined;
  return { ...(rrule !== undefined && { rrule }), rdates: unique(rdates), exdates: unique(kept) };
}

/** A date read from the file, with the key path it came from. */
interface Dated {
  time: EventTime;
  path: string;
}

function unique(times: Dated[]): EventTime[] {
  const seen = new Map<string, EventTime>();
  for (const { time } of times) seen.set(wallKey(time), time);
  return [...seen.values()].sort((a, b) => (wallKey(a) < wallKey(b) ? -1 : 1));
}

/** The rule texts a field holds (one, normally), collecting EXDATE/RDATE lines on the way. */
function ruleSources(
  ctx: FieldContext,
  field: Field,
  start: EventTime,
  timeZone: string,
  exdates: Dated[],
  rdates: Dated[],
): RuleSource[] {
  const { key, value } = field;
  const whole = (path: string, text: string, offset = 0): RuleSource => ({
    text,
    literal: true,
    at: (i) => ({
      path,
      line: ctx.info(path).line,
      column: ctx.columnIn(path, String(ctx.info(path).raw ?? text), offset + i),
    }),
  });
  if (value === false || (typeof value === 'string' && NO_REPEAT.has(value.trim().toLowerCase())))
    return [];
  if (typeof value === 'string') {
    const word = ownValue(FREQUENCY_WORDS, value.trim().toLowerCase());
    if (word) return [{ ...whole(key, word), literal: false, at: () => locate(ctx, key) }];
    return [whole(key, value)];
  }
  if (Array.isArray(value)) {
    // Google Calendar's API form: ["RRULE:FREQ=WEEKLY", "EXDATE;TZID=Europe/Brussels:20251224T190000"].
    const rules: RuleSource[] = [];
    value.forEach((item, i) => {
      const path = `${key}.${i}`;
      if (typeof item !== 'string') {
        ctx.report('EVENT_FIELD_TYPE', path, {
          params: { expected: 'RRULE/EXDATE/RDATE', actual: typeof item },
          dropped: 'rrule',
        });
        return;
      }
      const line = /^\s*(EXDATE|RDATE)([;:])/i.exec(item);
      if (line) {
        const target = line[1]!.toUpperCase() === 'EXDATE' ? exdates : rdates;
        target.push(...readIcalDateLine(ctx, path, item, start, timeZone));
      } else rules.push(whole(path, item));
    });
    return rules;
  }
  if (value !== null && typeof value === 'object') return [objectRule(ctx, key, value)];
  ctx.report('EVENT_FIELD_TYPE', key, {
    params: { expected: 'RRULE', actual: value === null ? 'null' : typeof value },
    dropped: 'rrule',
  });
  return [];
}

function locate(ctx: FieldContext, path: string) {
  const f = ctx.info(path);
  return { path, line: f.line, column: f.column };
}

/** `{ freq: weekly, byweekday: [mo, we], until: 2026-06-30 }` as rule text, parts located. */
function objectRule(ctx: FieldContext, key: string, value: object): RuleSource {
  const segments: { from: number; path: string }[] = []; // where each part starts in the text
  const parts: string[] = [];
  let length = 0;
  for (const [sub, v] of Object.entries(value)) {
    const path = `${key}.${sub}`;
    const name = ownValue(OBJECT_PARTS, sub.toLowerCase()) ?? sub;
    let text = Array.isArray(v) ? v.map(String).join(',') : String(v);
    if (name === 'BYDAY')
      text = text
        .split(',')
        .map((d) => DAY_NAMES[d.trim().toLowerCase()] ?? d.trim())
        .join(',');
    if (name === 'UNTIL') {
      // A date as YAML authors write it (`2026-06-30`, `2026-06-30T18:00`), read strictly.
      const r = readDateTime(text.trim());
      if (r.ok) text = untilStamp(r.value);
    }
    const part = `${name}=${text}`;
    segments.push({ from: length, path });
    parts.push(part);
    length += part.length + 1;
  }
  return {
    text: parts.join(';'),
    literal: false,
    at: (i) => {
      let seg = segments[0] ?? { from: 0, path: key };
      for (const s of segments) if (s.from <= i) seg = s;
      return locate(ctx, seg.path);
    },
  };
}

function untilStamp(c: Civil): string {
  if (c.kind === 'date') return formatDate(c).replace(/-/g, '');
  if (c.offsetSeconds === undefined)
    return `${formatDate(c)}T${formatTime(c)}`.replace(/[-:]/g, '');
  const ms =
    Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - c.offsetSeconds * 1000;
  return zonedInstant(ms, 'UTC').utc.replace(/[-:]/g, '');
}

/** Checks a rule; returns its canonical text, or `undefined` (reported) when it is unusable. */
function checkRule(
  ctx: FieldContext,
  source: RuleSource,
  start: EventTime,
  timeZone: string,
): string | undefined {
  const { parts, issues } = readRRule(source.text);
  const report = (input: Omit<DiagnosticInput, 'line' | 'column' | 'key'>, index: number) => {
    const where = source.at(index);
    ctx.push({ ...input, line: where.line, column: where.column, key: where.path });
  };
  for (const issue of issues) {
    report(
      {
        code: issue.code,
        params: { rule: source.text.trim(), ...issue.params },
        hintKey: 'HINT_RRULE',
        dropped: 'rrule',
      },
      issue.index,
    );
  }
  if (issues.length) return undefined;
  const until = parts.get('UNTIL');
  if (until) {
    const fixed = checkUntil(source, until, start, timeZone, report);
    if (fixed === undefined) return undefined;
    parts.set('UNTIL', { ...until, value: fixed });
  }
  if (impossible(parts)) {
    report(
      { code: 'EVENT_RRULE_NEVER', params: { rule: source.text.trim() }, dropped: 'rrule' },
      0,
    );
    return undefined;
  }
  const rrule = formatRRule(parts);
  // RFC 5545 §3.8.5.3: a start the rule does not give makes the set "undefined"; clients differ.
  const [first] = ruleWalls(rrule, start, timeZone, () => true);
  const startKey = wallKey(start);
  const firstKey =
    first === undefined
      ? undefined
      : first.isDate
        ? formatDate(first)
        : `${formatDate(first)}T${formatTime(first)}`;
  if (firstKey !== undefined && firstKey !== startKey) {
    report(
      {
        code: 'EVENT_RRULE_START_NOT_IN_RULE',
        params: { rule: rrule, start: startKey, first: firstKey ?? '—' },
      },
      0,
    );
  }
  return rrule;
}

/** UNTIL must have the start's value type, in UTC for zoned starts (RFC 5545 §3.3.10). */
function checkUntil(
  source: RuleSource,
  until: RRulePart,
  start: EventTime,
  timeZone: string,
  report: (input: Omit<DiagnosticInput, 'line' | 'column' | 'key'>, index: number) => void,
): string | undefined {
  const v = until.value;
  const iso = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}${
    v.length > 8
      ? `T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}${v.endsWith('Z') ? 'Z' : ''}`
      : ''
  }`;
  const read = readDateTime(iso);
  if (!read.ok) {
    report(
      {
        code: 'EVENT_RRULE_VALUE',
        params: {
          rule: source.text.trim(),
          part: 'UNTIL',
          value: v,
          expected: 'YYYYMMDD',
        },
        dropped: 'rrule',
      },
      until.index,
    );
    return undefined;
  }
  const c = read.value;
  let fixed: string;
  let untilTime: EventTime;
  if (start.kind === 'date') {
    fixed = v.slice(0, 8);
    untilTime = { kind: 'date', date: formatDate(c) };
    if (c.kind === 'date-time' && c.offsetSeconds !== undefined) {
      const z = zonedInstant(
        Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second),
        timeZone,
      );
      fixed = z.date.replace(/-/g, '');
      untilTime = { kind: 'date', date: z.date };
    }
  } else if (c.kind === 'date-time' && c.offsetSeconds === 0) {
    fixed = v;
    untilTime = zonedInstant(
      Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second),
      timeZone,
    );
  } else {
    // A day (the last one, inclusive) or a local time: placed in the event's zone, then in UTC.
    const wall =
      c.kind === 'date'
        ? { year: c.year, month: c.month, day: c.day, hour: 23, minute: 59, second: 59 }
        : c;
    const zoned = zonedWall(wall, timeZone);
    untilTime = zoned;
    fixed = zoned.utc.replace(/[-:]/g, '');
  }
  if (source.literal && fixed !== v) {
    report(
      {
        code: 'EVENT_RRULE_UNTIL_TYPE',
        params: {
          value: v,
          fixed,
          timeZone,
          kind: start.kind === 'date' ? 'DATE' : 'DATE-TIME (UTC)',
        },
      },
      until.index,
    );
  }
  const before =
    untilTime.kind === 'date' || start.kind === 'date'
      ? untilTime.date < start.date
      : untilTime.utc < start.utc;
  if (before) {
    report(
      { code: 'EVENT_RRULE_UNTIL_BEFORE_START', params: { value: v, start: wallKey(start) } },
      until.index,
    );
  }
  return fixed;
}

/** BYMONTH + BYMONTHDAY that name no real day (`BYMONTH=2;BYMONTHDAY=30`). */
function impossible(parts: ReadonlyMap<string, RRulePart>): boolean {
  const months = parts.get('BYMONTH')?.value.split(',').map(Number);
  const days = parts.get('BYMONTHDAY')?.value.split(',').map(Number);
  if (!months || !days) return false;
  const longest = (m: number) => (m === 2 ? 29 : [4, 6, 9, 11].includes(m) ? 30 : 31);
  return months.every((m) => days.every((d) => Math.abs(d) > longest(m)));
}

/** A list of dates (YAML list, or one text with commas), each read like the start. */
function readDateList(
  ctx: FieldContext,
  field: Field,
  start: EventTime,
  timeZone: string,
  what: 'exdate' | 'rdate',
): Dated[] {
  const items: { path: string; value: unknown }[] = [];
  if (Array.isArray(field.value))
    for (const [i, v] of field.value.entries()) items.push({ path: `${field.key}.${i}`, value: v });
  else if (typeof field.value === 'string')
    for (const v of field.value.split(',')) items.push({ path: field.key, value: v.trim() });
  else items.push({ path: field.key, value: field.value });
  const out: Dated[] = [];
  for (const { path, value } of items) {
    const civil = ctx.readDate(path, value, what);
    if (!civil) continue;
    const time = alignKind(ctx, path, civil, start, timeZone, what);
    if (time) out.push({ time, path });
  }
  return out;
}

/**
 * An EXDATE/RDATE must have the start's value type (RFC 5545 §3.8.5.1). A date for a timed event
 * means that day at the start's time (how authors skip a day); a time for an all-day event is an error.
 */
function alignKind(
  ctx: FieldContext,
  path: string,
  civil: Civil,
  start: EventTime,
  timeZone: string,
  what: string,
): EventTime | undefined {
  if (start.kind === 'date') {
    if (civil.kind === 'date') return { kind: 'date', date: formatDate(civil) };
    ctx.report('EVENT_RECURRENCE_KIND', path, {
      params: { value: `${formatDate(civil)}T${formatTime(civil)}`, start: start.date },
      dropped: what,
    });
    return undefined;
  }
  if (civil.kind === 'date') {
    const [h, mi, s] = start.time.split(':').map(Number) as [number, number, number];
    return zonedWall(
      { year: civil.year, month: civil.month, day: civil.day, hour: h, minute: mi, second: s },
      timeZone,
    );
  }
  return ctx.place(civil, path, timeZone);
}

/** `EXDATE;TZID=Europe/Brussels:20251224T190000,20251231T190000` (Google's recurrence lines). */
function readIcalDateLine(
  ctx: FieldContext,
  path: string,
  line: string,
  start: EventTime,
  timeZone: string,
): Dated[] {
  const colon = line.indexOf(':');
  const params = line.slice(0, Math.max(0, colon));
  const what = /^\s*EXDATE/i.test(line) ? 'exdate' : 'rdate';
  const tzParam = /;TZID=([^;:]+)/i.exec(params)?.[1];
  const tzid = tzParam === undefined ? undefined : canonicalTimeZone(tzParam);
  if (tzParam !== undefined && tzid === undefined) {
    ctx.report('EVENT_TIMEZONE_INVALID', path, {
      params: { value: tzParam, fallback: timeZone },
      hintKey: 'HINT_TIMEZONE',
      dropped: what,
    });
    return [];
  }
  const out: Dated[] = [];
  let index = colon + 1;
  for (const raw of line.slice(colon + 1).split(',')) {
    const at = index;
    index += raw.length + 1;
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(raw.trim());
    const read = m
      ? readDateTime(`${m[1]}-${m[2]}-${m[3]}${m[4] ? `T${m[4]}:${m[5]}:${m[6]}${m[7]}` : ''}`)
      : undefined;
    if (colon < 0 || !read?.ok) {
      ctx.push({
        code: 'EVENT_DATE_INVALID',
        line: ctx.info(path).line,
        column: ctx.columnIn(path, line, Math.max(0, at)),
        key: path,
        params: { value: raw.trim() || line.trim() },
        hintKey: 'HINT_DATE_EXAMPLE',
        hintParams: { example: '20251224T190000' },
        dropped: what,
      });
      continue;
    }
    const civil: Civil = read.value;
    if (
      civil.kind === 'date-time' &&
      tzid &&
      tzid !== timeZone &&
      civil.offsetSeconds === undefined
    ) {
      // Another zone's wall time: the same instant in the event's zone.
      const there = zonedWall(civil, tzid);
      out.push({ time: zonedInstant(Date.parse(there.utc), timeZone), path });
      continue;
    }
    const time = alignKind(ctx, path, civil, start, timeZone, what);
    if (time) out.push({ time, path });
  }
  return out;
}

/** EXDATEs that remove an occurrence; the others are reported (a typo in the date, usually). */
function matchingExdates(
  ctx: FieldContext,
  rrule: string,
  start: EventTime,
  timeZone: string,
  exdates: Dated[],
  rdates: Dated[],
): Dated[] {
  if (exdates.length === 0) return exdates;
  const wanted = new Set(exdates.map((d) => wallKey(d.time)));
  const last = [...wanted].sort().at(-1)!;
  const found = new Set<string>(
    [wallKey(start), ...rdates.map((d) => wallKey(d.time))].filter((k) => wanted.has(k)),
  );
  for (const wall of ruleWalls(rrule, start, timeZone, (w) => formatDate(w) <= last.slice(0, 10))) {
    const k = wall.isDate ? formatDate(wall) : `${formatDate(wall)}T${formatTime(wall)}`;
    if (wanted.has(k)) found.add(k);
  }
  return exdates.filter(({ time, path }) => {
    if (found.has(wallKey(time))) return true;
    ctx.report('EVENT_EXDATE_NO_MATCH', path, {
      params: { value: wallKey(time), rule: rrule },
      dropped: 'exdate',
    });
    return false;
  });
}
