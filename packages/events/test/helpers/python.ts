import { spawnSync } from 'node:child_process';

/**
 * A Python 3 with Debian's python3-icalendar: KLASLAB_PYTHON, then the system python (a pyenv
 * shim earlier on PATH may not see Debian's dist-packages), then `python3`.
 */
export function findPythonWithIcalendar(): string | undefined {
  const candidates = [process.env.KLASLAB_PYTHON, '/usr/bin/python3', 'python3'].filter(
    (c): c is string => !!c,
  );
  for (const python of candidates) {
    const r = spawnSync(python, ['-c', 'import icalendar'], { encoding: 'utf8' });
    if (r.status === 0) return python;
  }
  return undefined;
}

/** Parses a calendar with python3-icalendar and our VTIMEZONE (via `to_tz`), returning plain data. */
export const PYTHON_READER = `
import sys, json, datetime
import icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
zones = {str(tz['TZID']): tz.to_tz() for tz in cal.walk('VTIMEZONE')}
def when(prop):
    if prop is None:
        return None
    v = prop.dt
    if isinstance(v, datetime.datetime):
        tzid = prop.params.get('TZID')
        if tzid:
            naive = v.replace(tzinfo=None)
            v = zones[str(tzid)].localize(naive)
        return v.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    return v.isoformat()
out = []
for ev in cal.walk('VEVENT'):
    out.append({
        'uid': str(ev.get('UID')),
        'summary': str(ev.get('SUMMARY')),
        'description': str(ev.get('DESCRIPTION')) if ev.get('DESCRIPTION') is not None else None,
        'location': str(ev.get('LOCATION')) if ev.get('LOCATION') is not None else None,
        'start': when(ev.get('DTSTART')),
        'end': when(ev.get('DTEND')),
        'dtstamp': ev.get('DTSTAMP').to_ical().decode(),
    })
json.dump(out, sys.stdout, ensure_ascii=False)
`;

export function readWithPython(python: string, ics: string): Array<Record<string, string | null>> {
  const r = spawnSync(python, ['-c', PYTHON_READER], {
    input: ics,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`python3-icalendar failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
