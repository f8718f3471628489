import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  expandEvent,
  type KlasEvent,
  parseEvent,
  parseEvents,
  readRRule,
  toICalendar,
  toJsonLd,
  unfoldLines,
} from '../src/index.js';
import { fixture } from './helpers/load.js';
import { findPythonWithIcalendar } from './helpers/python.js';
import { checkICalendar } from './helpers/rfc5545.js';

const FILES = ['codeerclub.md', 'ouderavond.md', 'schoolfeest.md', 'studiedag.md', 'leesclub.md'];
const WINDOW = { from: '2025-09-01T00:00:00Z', to: '2028-12-31T00:00:00Z' };

function load(name: string): KlasEvent {
  const r = parseEvent(fixture(`recurring/${name}`), { file: `content/events/${name}` });
  expect(r.diagnostics.map((d) => d.code)).toEqual([]);
  return r.event!;
}

const when = (e: KlasEvent) =>
  expandEvent(e, WINDOW).map((o) => (o.start.kind === 'date' ? o.start.date : o.start.utc));

describe('recurrence in the spellings real sites use', () => {
  it('reads RFC 5545 text, with EXDATE dates at the start’s time, across DST', () => {
    const e = load('codeerclub.md');
    expect(e.recurrence?.rrule).toBe('FREQ=WEEKLY;UNTIL=20260624T220000Z;BYDAY=WE');
    expect(e.recurrence?.exdates.map((t) => t.kind === 'date-time' && t.utc)).toEqual([
      '2025-10-29T13:00:00Z',
      '2025-12-24T13:00:00Z',
      '2025-12-31T13:00:00Z',
    ]);
    const occ = expandEvent(e, WINDOW);
    // 43 Wednesdays from 3 September 2025 to 24 June 2026, less three holidays.
    expect(occ).toHaveLength(40);
    // 14:00 in Brussels stays 14:00: 12:00Z in summer time, 13:00Z in winter time.
    expect(occ[0]!.start).toMatchObject({ time: '14:00:00', utc: '2025-09-03T12:00:00Z' });
    expect(occ[0]!.end).toMatchObject({ time: '16:00:00', utc: '2025-09-03T14:00:00Z' });
    expect(occ.find((o) => o.start.date === '2025-10-22')!.start).toMatchObject({
      utc: '2025-10-22T12:00:00Z',
    });
    expect(occ.find((o) => o.start.date === '2025-11-05')!.start).toMatchObject({
      time: '14:00:00',
      offset: '+01:00',
      utc: '2025-11-05T13:00:00Z',
    });
    expect(occ.at(-1)!.start.date).toBe('2026-06-24');
    expect(occ.map((o) => o.start.date)).not.toContain('2025-10-29');
  });

  it('reads TOML with an RRULE: prefix and COUNT', () => {
    const e = load('ouderavond.md');
    expect(e.recurrence?.rrule).toBe('FREQ=MONTHLY;COUNT=6;BYDAY=1TU');
    expect(expandEvent(e, WINDOW).map((o) => o.start.date)).toEqual([
      '2025-10-07',
      '2025-11-04',
      '2025-12-02',
      '2026-01-06',
      '2026-02-03',
      '2026-03-03',
    ]);
  });

  it('reads Google Calendar’s recurrence lines (RRULE and EXDATE;TZID)', () => {
    expect(when(load('schoolfeest.md'))).toEqual(['2026-05-16T09:00:00Z', '2028-05-20T09:00:00Z']);
  });

  it('reads the object form (FullCalendar, rrule.js) for all-day events, with RDATE', () => {
    const e = load('studiedag.md');
    expect(e.recurrence).toEqual({
      rrule: 'FREQ=MONTHLY;UNTIL=20251231;BYMONTHDAY=1',
      rdates: [{ kind: 'date', date: '2026-02-16' }],
      exdates: [],
    });
    expect(when(e)).toEqual(['2025-10-01', '2025-11-01', '2025-12-01', '2026-02-16']);
  });

  it('reads a frequency word (Dutch tweewekelijks) and a comma list of exceptions', () => {
    const e = load('leesclub.md');
    expect(e.recurrence?.rrule).toBe('FREQ=WEEKLY;INTERVAL=2');
    const dates = expandEvent(e, { from: '2025-09-01', to: '2026-01-10' }).map((o) => o.start.date);
    expect(dates).toEqual([
      '2025-09-08',
      '2025-09-22',
      '2025-10-06',
      '2025-10-20',
      '2025-11-17',
      '2025-12-01',
      '2025-12-15',
    ]);
  });

  it('expands in parseEvents within a window, in calendar order', () => {
    const { occurrences, events } = parseEvents(
      FILES.map((f) => ({ file: f, text: fixture(`recurring/${f}`) })),
      { expand: { from: '2025-12-01', to: '2025-12-08' } },
    );
    expect(events).toHaveLength(5);
    expect(occurrences!.map((o) => `${o.event.id} ${o.start.date}`)).toEqual([
      'studiedag 2025-12-01',
      'leesclub 2025-12-01',
      'ouderavond 2025-12-02',
      'codeerclub 2025-12-03',
    ]);
  });

  it('keeps a rule that never ends bounded by the window and the limit', () => {
    const e = parseEvent('---\ntitle: Pauze\ndate: 2025-01-01T10:00\nrrule: FREQ=MINUTELY\n---\n')
      .event!;
    expect(expandEvent(e, { from: '2025-01-01', to: '2030-01-01', limit: 50 })).toHaveLength(50);
    expect(
      expandEvent(e, { from: '2025-01-01T10:00:00Z', to: '2025-01-01T10:10:00Z' }),
    ).toHaveLength(10);
  });

  it('places an occurrence inside the spring-forward gap like the start (moved forward)', () => {
    const e = parseEvent(
      '---\ntitle: Nachtwandeling\ndate: 2026-03-28T02:30\nrrule: "FREQ=DAILY;COUNT=2"\n---\n',
    ).event!;
    expect(expandEvent(e, WINDOW).map((o) => o.start.kind === 'date-time' && o.start.time)).toEqual(
      ['02:30:00', '03:30:00'],
    );
  });
});

describe('the RRULE reader (RFC 5545 §3.3.10)', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2', []],
    ['RRULE:freq=monthly;byday=-1fr', []],
    ['FREQ=WEEKLY;', []],
    ['FREQ=WEEKLY;BYMONTHDAY=0', ['EVENT_RRULE_VALUE@23']],
    ['FREQ=DAILY;BYYEARDAY=100', ['EVENT_RRULE_PART_NOT_ALLOWED@11']],
    ['FREQ=MONTHLY;BYWEEKNO=3', ['EVENT_RRULE_PART_NOT_ALLOWED@13']],
    ['FREQ=MONTHLY;BYSETPOS=1', ['EVENT_RRULE_PART_NOT_ALLOWED@13']],
    ['FREQ=YEARLY;COUNT=0', ['EVENT_RRULE_VALUE@18']],
    ['FREQ=YEARLY;X=1', ['EVENT_RRULE_UNKNOWN_PART@12']],
    ['FREQ=YEARLY;;COUNT=2', ['EVENT_RRULE_SYNTAX@12']],
    ['', ['EVENT_RRULE_FREQ_MISSING@0']],
  ])('%s', (rule, expected) => {
    expect(readRRule(rule).issues.map((i) => `${i.code}@${i.index}`)).toEqual(expected);
  });
});

describe('recurring events in .ics', () => {
  const events = FILES.map(load);
  const ics = toICalendar(events, { now: '2025-08-01T00:00:00Z', uidDomain: 'sjc.be' });
  const lines = unfoldLines(ics);

  it('writes RRULE, EXDATE and RDATE with the event’s TZID or VALUE=DATE', () => {
    expect(lines).toContain('RRULE:FREQ=WEEKLY;UNTIL=20260624T220000Z;BYDAY=WE');
    expect(lines).toContain(
      'EXDATE;TZID=Europe/Brussels:20251029T140000,20251224T140000,20251231T140000',
    );
    expect(lines).toContain('RDATE;VALUE=DATE:20260216');
    expect(checkICalendar(ics)).toEqual([]);
  });

  it('gives the same occurrences through ical.js (with our VTIMEZONEs)', () => {
    expect(expandWithIcalJs(ics)).toEqual(ours(events));
  });

  it('gives the same occurrences through python3-icalendar + dateutil', (ctx) => {
    const python = findPythonWithIcalendar();
    if (!python) {
      // CI installs it (.ci/apt-packages.txt); a developer without it sees the skip reason.
      ctx.skip('python3-icalendar is not installed');
      return;
    }
    const r = spawnSync(python, ['-c', PYTHON_EXPANDER, WINDOW.to.slice(0, 10)], {
      input: ics,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(ours(events));
  });

  it('is checked: the rule checker catches a floating UNTIL and a DATE EXDATE on a timed event', () => {
    const broken = ics
      .replace('UNTIL=20260624T220000Z', 'UNTIL=20260624')
      .replace(
        'EXDATE;TZID=Europe/Brussels:20251029T140000,20251224T140000,20251231T140000',
        'EXDATE;VALUE=DATE:20251029',
      );
    expect(checkICalendar(broken)).toEqual([
      'UNTIL 20260624 is not in UTC',
      'EXDATE value type differs from DTSTART',
      'EXDATE TZID differs from DTSTART',
      'EXDATE value malformed: 20251029',
    ]);
  });

  it('refuses a hand-made event with a broken rule', () => {
    const bad = {
      ...events[0]!,
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=XX', rdates: [], exdates: [] },
    };
    expect(() => toICalendar([bad])).toThrow(/invalid RRULE/);
  });
});

describe('recurring events in JSON-LD', () => {
  it('writes a schema.org Schedule', () => {
    const ld = toJsonLd(load('codeerclub.md'), { context: false });
    expect(ld.eventSchedule).toEqual([
      {
        '@type': 'Schedule',
        startDate: '2025-09-03',
        startTime: '14:00:00',
        endTime: '16:00:00',
        scheduleTimezone: 'Europe/Brussels',
        repeatFrequency: 'P1W',
        byDay: ['https://schema.org/Wednesday'],
        endDate: '2026-06-25',
        exceptDate: [
          '2025-10-29T14:00:00+01:00',
          '2025-12-24T14:00:00+01:00',
          '2025-12-31T14:00:00+01:00',
        ],
      },
    ]);
  });

  it('adds one Schedule per extra date and keeps COUNT', () => {
    const ld = toJsonLd(load('studiedag.md'));
    expect(ld.eventSchedule).toEqual([
      expect.objectContaining({ repeatFrequency: 'P1M', byMonthDay: [1], endDate: '2025-12-31' }),
      expect.objectContaining({ startDate: '2026-02-16', endDate: '2026-02-16', repeatCount: 1 }),
    ]);
    expect(toJsonLd(load('ouderavond.md')).eventSchedule).toEqual([
      expect.objectContaining({ repeatFrequency: 'P1M', byDay: ['1TU'], repeatCount: 6 }),
    ]);
  });
});

/** Our occurrences per UID: UTC instants, or dates for all-day events. */
function ours(events: KlasEvent[]): Record<string, string[]> {
  return Object.fromEntries(events.map((e) => [`${e.id}@sjc.be`, when(e)]));
}

function expandWithIcalJs(ics: string): Record<string, string[]> {
  const root = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const end = Date.parse(WINDOW.to);
  const out: Record<string, string[]> = {};
  for (const c of root.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(c);
    const it = e.iterator();
    const list: string[] = [];
    for (let t = it.next(); t && list.length < 500; t = it.next()) {
      if (t.toUnixTime() * 1000 >= end) break;
      list.push(
        t.isDate ? t.toString() : new Date(t.toUnixTime() * 1000).toISOString().replace('.000', ''),
      );
    }
    out[e.uid] = list;
  }
  return out;
}

// Expands RRULE/RDATE/EXDATE with dateutil on wall times and converts them through the VTIMEZONEs
// that python3-icalendar reads: independent of our code and of ical.js.
const PYTHON_EXPANDER = `
import sys, json, datetime
import icalendar
from dateutil import rrule
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
zones = {str(tz['TZID']): tz.to_tz() for tz in cal.walk('VTIMEZONE')}
window_end = datetime.datetime.fromisoformat(sys.argv[1])
def walls(prop):
    if prop is None:
        return []
    out = []
    for p in (prop if isinstance(prop, list) else [prop]):
        for v in p.dts:
            out.append(v.dt.replace(tzinfo=None) if isinstance(v.dt, datetime.datetime) else v.dt)
    return out
result = {}
for ev in cal.walk('VEVENT'):
    start = ev.get('DTSTART')
    tz = zones.get(str(start.params.get('TZID'))) if start.params.get('TZID') else None
    is_date = not isinstance(start.dt, datetime.datetime)
    wall = datetime.datetime.combine(start.dt, datetime.time()) if is_date else start.dt.replace(tzinfo=None)
    rs = rrule.rruleset()
    rs.rdate(wall)
    if ev.get('RRULE'):
        rule = ev.get('RRULE').to_ical().decode()
        parts = dict(p.split('=') for p in rule.split(';'))
        if parts.get('UNTIL', '').endswith('Z'):
            u = datetime.datetime.strptime(parts['UNTIL'], '%Y%m%dT%H%M%SZ').replace(tzinfo=datetime.timezone.utc)
            parts['UNTIL'] = u.astimezone(tz).replace(tzinfo=None).strftime('%Y%m%dT%H%M%S')
        rule = ';'.join(k + '=' + v for k, v in parts.items())
        rs.rrule(rrule.rrulestr(rule, dtstart=wall))
    for d in walls(ev.get('RDATE')):
        rs.rdate(d if isinstance(d, datetime.datetime) else datetime.datetime.combine(d, datetime.time()))
    for d in walls(ev.get('EXDATE')):
        rs.exdate(d if isinstance(d, datetime.datetime) else datetime.datetime.combine(d, datetime.time()))
    out = []
    for w in rs:
        if w >= window_end or len(out) >= 500:
            break
        if is_date:
            out.append(w.date().isoformat())
        else:
            out.append(tz.localize(w).astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'))
    result[str(ev.get('UID'))] = out
json.dump(result, sys.stdout)
`;
