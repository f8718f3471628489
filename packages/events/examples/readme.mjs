// The README's example, runnable: `npm run build --workspace @klaslab/events && node packages/events/examples/readme.mjs`
import { formatDiagnostic, parseEvents, toICalendar, toJsonLd } from '@klaslab/events';

const { events, diagnostics } = parseEvents(
  [
    {
      file: '_events/2025-11-14_ai.md',
      text: '---\ntitle: Workshop AI\ndate: 2025-11-14T09:30:00\nend_date: 2024-11-14T12:00:00\n---\nWelkom!',
    },
  ],
  { timeZone: 'Europe/Brussels', locale: 'nl' },
);
for (const d of diagnostics) console.log(formatDiagnostic(d));
// _events/2025-11-14_ai.md:4:11  error  EVENT_END_BEFORE_START  Het einde (2024-11-14T12:00:00) ligt vóór de start (2025-11-14T09:30:00). (end weggelaten)
//     Het einde ligt precies een jaar vóór de start: gekopieerd van vorig jaar?

console.log(events[0].start);
// { kind: 'date-time', date: '2025-11-14', time: '09:30:00', timeZone: 'Europe/Brussels',
//   offset: '+01:00', utc: '2025-11-14T08:30:00Z' }

const ics = toICalendar(events, { name: 'Schoolagenda', uidDomain: 'school.be' });
const jsonLd = toJsonLd(events[0], { organizer: { name: 'Dwengo vzw' } });
console.log(ics.split('\r\n').slice(0, 4).join('\n'), '…');
console.log(jsonLd['@type'], jsonLd.startDate);
