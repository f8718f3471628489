/**
 * An independent RFC 5545 rule checker for the calendars we export. Written from the RFC, not
 * from our serializer: it re-reads the bytes and reports every rule broken.
 */
export interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

const encoder = new TextEncoder();

export function parseContentLine(line: string): ContentLine | undefined {
  // name *(";" param) ":" value; param values may be quoted and hold ":" ";" ",".
  const m =
    /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/s.exec(
      line,
    );
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:]*)/g)) {
    params[p[1]!.toUpperCase()] = p[2]!.replace(/^"|"$/g, '');
  }
  return { name: m[1]!.toUpperCase(), params, value: m[3]! };
}

const TEXT_PROPS = new Set([
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'NAME',
  'X-WR-CALNAME',
  'X-WR-CALDESC',
  'COMMENT',
]);

function wallKey(p: ContentLine): string {
  return p.value;
}

/** All broken rules, as readable strings; an empty list means the calendar is valid. */
export function checkICalendar(input: string | Uint8Array): string[] {
  const problems: string[] = [];
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    // Bytes from a file: each folded line must still be valid UTF-8 (no sequence split by a fold).
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return ['not valid UTF-8'];
    }
  }
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('bare CR or LF (lines must end with CRLF)');
  const physical = text.split('\r\n');
  if (physical[physical.length - 1] === '') physical.pop();
  physical.forEach((line, i) => {
    const octets = encoder.encode(line).length;
    if (octets > 75) problems.push(`line ${i + 1} is ${octets} octets (max 75)`);
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(line)) {
      problems.push(`line ${i + 1} splits a character (lone surrogate)`);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for forbidden controls
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line))
      problems.push(`line ${i + 1} has a control character`);
  });
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const stack: string[] = [];
  const tzids = new Set<string>();
  const usedTzids = new Set<string>();
  const uids = new Set<string>();
  let event: Map<string, ContentLine[]> | undefined;
  let calendarProps = new Map<string, ContentLine[]>();
  let observance: Map<string, ContentLine[]> | undefined;
  let timezone: Map<string, ContentLine[]> | undefined;
  let events = 0;
  for (const line of lines) {
    const p = parseContentLine(line);
    if (!p) {
      problems.push(`not a content line: ${line.slice(0, 60)}`);
      continue;
    }
    if (p.params.TZID) usedTzids.add(p.params.TZID);
    if (TEXT_PROPS.has(p.name)) {
      // Unescaped ; or , and unknown escapes break the TEXT grammar.
      const stripped = p.value.replace(/\\[\\;,nN]/g, '');
      if (/[;,\\]/.test(stripped))
        problems.push(`${p.name} has an unescaped ; , or \\: ${p.value.slice(0, 60)}`);
    }
    if (p.name === 'BEGIN') {
      stack.push(p.value);
      if (p.value === 'VEVENT') {
        event = new Map();
        events++;
      } else if (p.value === 'VTIMEZONE') timezone = new Map();
      else if (p.value === 'STANDARD' || p.value === 'DAYLIGHT') observance = new Map();
      else if (p.value === 'VCALENDAR') calendarProps = new Map();
      continue;
    }
    if (p.name === 'END') {
      const open = stack.pop();
      if (open !== p.value) problems.push(`END:${p.value} closes ${open ?? 'nothing'}`);
      if (p.value === 'VEVENT' && event) {
        checkEvent(event, uids, problems);
        event = undefined;
      } else if ((p.value === 'STANDARD' || p.value === 'DAYLIGHT') && observance) {
        for (const req of ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO']) {
          if (!observance.has(req)) problems.push(`${p.value} without ${req}`);
        }
        for (const off of ['TZOFFSETFROM', 'TZOFFSETTO']) {
          const v = observance.get(off)?.[0]?.value;
          if (v && !/^[+-]\d{4}(\d{2})?$/.test(v)) problems.push(`${off} malformed: ${v}`);
        }
        if (!/^\d{8}T\d{6}$/.test(observance.get('DTSTART')?.[0]?.value ?? '')) {
          problems.push('observance DTSTART must be a local date-time');
        }
        timezone?.set(`obs${timezone.size}`, []);
        observance = undefined;
      } else if (p.value === 'VTIMEZONE' && timezone) {
        const id = timezone.get('TZID')?.[0]?.value;
        if (!id) problems.push('VTIMEZONE without TZID');
        else tzids.add(id);
        if (![...timezone.keys()].some((k) => k.startsWith('obs')))
          problems.push(`VTIMEZONE ${id} has no STANDARD/DAYLIGHT`);
        timezone = undefined;
      }
      continue;
    }
    const target = observance ?? event ?? timezone ?? calendarProps;
    const list = target.get(p.name) ?? [];
    list.push(p);
    target.set(p.name, list);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  if (calendarProps.get('VERSION')?.[0]?.value !== '2.0') problems.push('VERSION:2.0 missing');
  if (!calendarProps.get('PRODID')?.[0]?.value) problems.push('PRODID missing');
  for (const id of usedTzids)
    if (!tzids.has(id)) problems.push(`TZID ${id} used without a VTIMEZONE`);
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines[lines.length - 1] !== 'END:VCALENDAR')
    problems.push('not wrapped in VCALENDAR');
  if (events === 0 && text.includes('VEVENT')) problems.push('VEVENT count mismatch');
  return problems;
}

function checkEvent(
  event: Map<string, ContentLine[]>,
  uids: Set<string>,
  problems: string[],
): void {
  const one = (name: string) => event.get(name)?.[0];
  for (const req of ['UID', 'DTSTAMP', 'DTSTART']) {
    if (event.get(req)?.length !== 1) problems.push(`VEVENT must have exactly one ${req}`);
  }
  const uid = one('UID')?.value;
  if (uid) {
    if (uids.has(uid)) problems.push(`duplicate UID ${uid}`);
    uids.add(uid);
  }
  const stamp = one('DTSTAMP');
  if (stamp && !/^\d{8}T\d{6}Z$/.test(stamp.value))
    problems.push(`DTSTAMP not in UTC: ${stamp.value}`);
  const start = one('DTSTART');
  const end = one('DTEND');
  if (start && end) {
    const sDate = start.params.VALUE === 'DATE';
    const eDate = end.params.VALUE === 'DATE';
    if (sDate !== eDate) problems.push('DTSTART and DTEND differ in value type');
    if (sDate && !/^\d{8}$/.test(start.value))
      problems.push(`DATE value malformed: ${start.value}`);
    if (!sDate && !/^\d{8}T\d{6}Z?$/.test(start.value))
      problems.push(`DATE-TIME value malformed: ${start.value}`);
    if (start.params.TZID === end.params.TZID && wallKey(end) <= wallKey(start)) {
      // Same zone: local wall order is time order except inside a DST fold (not produced by us).
      problems.push(`DTEND ${end.value} is not after DTSTART ${start.value}`);
    }
  }
  if (event.has('DURATION') && end) problems.push('both DTEND and DURATION');
  checkRecurrence(event, start, problems);
}

/** RRULE at most once; UNTIL, EXDATE and RDATE of DTSTART's value type (§3.3.10, §3.8.5). */
function checkRecurrence(
  event: Map<string, ContentLine[]>,
  start: ContentLine | undefined,
  problems: string[],
): void {
  const rules = event.get('RRULE') ?? [];
  if (rules.length > 1) problems.push('more than one RRULE');
  if (!start) return;
  const isDate = start.params.VALUE === 'DATE';
  const until = /(?:^|;)UNTIL=([^;]+)/.exec(rules[0]?.value ?? '')?.[1];
  if (until) {
    if (isDate && !/^\d{8}$/.test(until)) problems.push(`UNTIL ${until} is not a DATE`);
    if (!isDate && start.params.TZID && !/^\d{8}T\d{6}Z$/.test(until))
      problems.push(`UNTIL ${until} is not in UTC`);
  }
  if (rules[0] && !/^FREQ=|;FREQ=/.test(rules[0].value)) problems.push('RRULE without FREQ');
  for (const name of ['EXDATE', 'RDATE']) {
    for (const line of event.get(name) ?? []) {
      if ((line.params.VALUE === 'DATE') !== isDate)
        problems.push(`${name} value type differs from DTSTART`);
      if (line.params.TZID !== start.params.TZID)
        problems.push(`${name} TZID differs from DTSTART`);
      for (const v of line.value.split(','))
        if (!(isDate ? /^\d{8}$/ : /^\d{8}T\d{6}Z?$/).test(v))
          problems.push(`${name} value malformed: ${v}`);
    }
  }
}
