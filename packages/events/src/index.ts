/**
 * @packageDocumentation
 * Reads Markdown event files (Jekyll `_events/`, Hugo `content/events/`, Astro content collections)
 * into typed events, reports every authoring error with its position, and exports RFC 5545
 * iCalendar and schema.org JSON-LD. Runtime-neutral: no Node built-ins (the file walker is in
 * `@klaslab/events/node`).
 */
export { type CivilDate, type CivilDateTime, civilFromDays, daysFromCivil } from './dates/civil.js';
export {
  type DateIssue,
  type DateIssueCode,
  type ParsedDate,
  type ParsedDateTime,
  type ParsedTime,
  type ReadResult,
  readDateTime,
  readTime,
} from './dates/iso.js';
export {
  canonicalTimeZone,
  offsetAt,
  resolveWallTime,
  wallTimeAt,
  type ZonedResolution,
} from './dates/zone.js';
export {
  compareDiagnostics,
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  formatDiagnostic,
  localizeDiagnostic,
  SEVERITY,
  type Severity,
} from './diagnostics/diagnostic.js';
export { messages } from './diagnostics/messages.js';
export {
  compareTimes,
  DEFAULT_TIME_ZONE,
  type ParseOptions,
  type ParseResult,
  parseEvent,
} from './event/parse-event.js';
export {
  compareEvents,
  type EventSource,
  type ParseEventsOptions,
  type ParseEventsResult,
  parseEvents,
} from './event/parse-events.js';
export type {
  EventDate,
  EventDateTime,
  EventLocation,
  EventRecurrence,
  EventTime,
  KlasEvent,
} from './event/types.js';
export { type SplitFile, splitFrontmatter } from './frontmatter/split.js';
export { feedSequences } from './ical/feed.js';
export { type ICalendarOptions, toICalendar } from './ical/serialize.js';
export { escapeText, foldLine, unescapeText, unfoldLines } from './ical/text.js';
export { vtimezoneLines } from './ical/vtimezone.js';
export { type JsonLdOptions, toJson, toJsonLd } from './jsonld/jsonld.js';
export { type CalendarLinks, calendarLinks, webcalUrl } from './links/calendar-links.js';
export {
  COMMON,
  DWENGO,
  detectPreset,
  type FieldMapping,
  PRESETS,
  type Preset,
  withMapping,
} from './mapping/presets.js';
export {
  type ExpandOptions,
  expandEvent,
  expandEvents,
  type Occurrence,
} from './recurrence/expand.js';
export { formatRRule, type ReadRRule, type RRuleIssue, readRRule } from './recurrence/rrule.js';
export {
  type Block as MarkdownBlock,
  decodeEntities,
  type Inline as MarkdownInline,
  inline as tokenizeInline,
  tokenizeMarkdown,
} from './text/markdown.js';
export { markdownToText, sanitizeText } from './text/plain-text.js';
