// A runnable tour: two event files in memory → diagnostics, a calendar and JSON-LD.
// Run: npm run build --workspace @klaslab/events && node packages/events/examples/demo.mjs
import { formatDiagnostic, parseEvents, toICalendar, toJsonLd } from '@klaslab/events';

const files = [
  {
    file: '_events/2025-11-14_workshop-ai.md',
    text: `---
title: "Workshop AI in de klas"
date: 2025-11-14T09:30:00
end_date: 2024-11-14T12:00:00
location: "De Krook, Miriam Makebaplein 1, 9000 Gent"
registration_link: "https://dwengo.org/inschrijven"
language: "nl"
anchor: "workshop-ai-2025"
---
Leer hoe **AI** werkt, met [lesmateriaal](https://dwengo.org/ai).
`,
  },
  {
    file: '_events/2026-03-05_open-lab.md',
    text: `---
title: "Open lab"
date: 2026-03-05T14:30
end_date: 2026-03-05T24:00:00
item_theme_logo_ur: /images/logo.png
---
`,
  },
];

const { events, diagnostics } = parseEvents(files, { timeZone: 'Europe/Brussels', locale: 'nl' });
for (const d of diagnostics) console.log(formatDiagnostic(d));
console.log(`\n${events.length} evenementen\n`);
process.stdout.write(
  toICalendar(events, {
    name: 'Schoolagenda',
    now: '2025-01-01T00:00:00Z',
    uidDomain: 'school.be',
  }),
);
console.log(JSON.stringify(toJsonLd(events[0]), null, 2));
