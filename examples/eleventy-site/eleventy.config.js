import klaslabEvents from '@klaslab/events/eleventy';

// events/*.md become the global `events` data (not pages of their own), and _site/agenda.ics a
// feed to subscribe to.
export default function (config) {
  config.addPlugin(klaslabEvents, {
    input: 'events',
    ics: 'agenda.ics',
    icsOptions: { name: 'Sint-Jozefscollege', uidDomain: 'sjc.example', refreshInterval: 'PT12H' },
  });
}
