#!/usr/bin/env node
// `npm test` runs this first: what the tests need from outside npm, found on this machine or
// brought here, one line each. Without a Chromium it stops at once with one line naming what to
// install, instead of every browser suite failing with its own stack trace.
import { spawnSync } from 'node:child_process';
import { installDebianPackages, provisionChromium } from '@klaslab/browser-testing';

const log = (line) => console.log(`test prerequisites: ${line}`);

try {
  const chromium = await provisionChromium({ log });
  log(`Chromium ${chromium.path} (${chromium.source})`);
} catch (error) {
  console.error(`test prerequisites: ${error.message}`);
  process.exit(1);
}

// @klaslab/events checks its calendars with a second, independent parser: Debian's
// python3-icalendar. Brought like Chromium where we are root; otherwise its test says it skipped.
const hasIcalendar = () =>
  spawnSync('/usr/bin/python3', ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0;
if (
  hasIcalendar() ||
  (installDebianPackages(['python3-icalendar'], {
    log,
    why: "@klaslab/events' second iCalendar parser",
  }) &&
    hasIcalendar())
) {
  log('python3-icalendar (system)');
} else {
  log(
    'python3-icalendar is not installed (apt-get install python3-icalendar): the iCalendar round trip through it will be skipped.',
  );
}
