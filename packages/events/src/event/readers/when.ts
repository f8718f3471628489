import { formatDate } from '../../dates/civil.js';
import type { ParsedDate } from '../../dates/iso.js';
import type { DiagnosticInput } from '../../diagnostics/diagnostic.js';
import { jekyllFileDate } from '../../text/slug.js';
import { compareTimes, describe, describeCivil, sameDay } from '../context.js';
import type { Civil, Field, FieldContext } from '../field-context.js';
import type { EventTime } from '../types.js';
import { type FieldReader, missing } from './draft.js';

type FileDate = { year: number; month: number; day: number; text: string };

/** A date anywhere in the file name (`2025-11-14_ai.md`), for hints and the year check. */
function fileDate(file: string | undefined): FileDate | undefined {
  if (file === undefined) return undefined;
  const name = file.split(/[\\/]/).pop() ?? '';
  const m = /(?:^|[^0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])/.exec(name);
  if (!m) return undefined;
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    text: `${m[1]}-${m[2]}-${m[3]}`,
  };
}

function checkFileYear(ctx: FieldContext, key: string, civil: Civil, file: FileDate): void {
  if (civil.month === file.month && civil.day === file.day && civil.year !== file.year) {
    ctx.report('EVENT_DATE_YEAR_MISMATCH', key, {
      params: { year: civil.year, fileYear: file.year },
    });
  }
}

/** The start: a date or date-time (with a separate time field), or a Jekyll post's file date. */
export const readStart: FieldReader = (ctx, m, draft) => {
  const field = ctx.pick(m.start);
  const postDate = ctx.file === undefined ? undefined : jekyllFileDate(ctx.file);
  let civil: Civil | undefined;
  if (!field && postDate) {
    // Jekyll's posts take their date from the file name when the frontmatter has none.
    ctx.push({
      code: 'EVENT_START_FROM_FILE_NAME',
      line: ctx.firstLine,
      column: 1,
      params: { value: formatDate(postDate) },
    });
    civil = { kind: 'date', ...postDate };
    const timeField = ctx.pick(m.startTime);
    if (timeField) civil = ctx.withTime(civil, 'date', timeField, 'event');
    if (civil) draft.start = ctx.place(civil, timeField?.key ?? 'date', draft.timeZone);
    else draft.rejected = true;
    draft.startCivil = civil;
    return;
  }
  if (!field) return missing(ctx, 'EVENT_START_MISSING', m.start, draft);
  const named = fileDate(ctx.file);
  civil = ctx.readDate(field.key, field.value, 'event', named);
  const timeField = ctx.pick(m.startTime);
  if (civil && timeField) civil = ctx.withTime(civil, field.key, timeField, 'event');
  if (civil) draft.start = ctx.place(civil, field.key, draft.timeZone);
  else draft.rejected = true;
  if (civil && draft.start && named) checkFileYear(ctx, field.key, civil, named);
  draft.startCivil = civil;
};

/** The end: a date or date-time, or only an end time on the start's day; never before the start. */
export const readEnd: FieldReader = (ctx, m, draft) => {
  const endField = ctx.pick(m.end);
  const endTimeField = ctx.pick(m.endTime);
  const { start, startCivil } = draft;
  if (start && startCivil && (endField || endTimeField)) {
    draft.end = endOf(ctx, startCivil, start, endField, endTimeField, draft.timeZone);
  } else if (endField) {
    // No usable start: still check the end, so that every mistake is reported in one run.
    ctx.readDate(endField.key, endField.value, 'end');
  }
};

function endOf(
  ctx: FieldContext,
  startCivil: Civil,
  start: EventTime,
  endField: Field | undefined,
  endTimeField: Field | undefined,
  timeZone: string,
): EventTime | undefined {
  const key = endField?.key ?? endTimeField!.key;
  let civil: Civil | undefined;
  let derivedDate = false;
  if (endField) {
    civil = ctx.readDate(endField.key, endField.value, 'end');
    if (civil && endTimeField) civil = ctx.withTime(civil, endField.key, endTimeField, 'end');
  } else {
    // Only an end time: it ends on the start's (wall) day.
    derivedDate = true;
    const day: ParsedDate = {
      kind: 'date',
      year: startCivil.year,
      month: startCivil.month,
      day: startCivil.day,
    };
    civil = ctx.withTime(day, key, endTimeField!, 'end');
    if (civil?.kind === 'date') return undefined;
  }
  if (!civil) return undefined;
  if (civil.kind !== start.kind) {
    ctx.report('EVENT_END_KIND_MISMATCH', key, {
      params: { start: describe(start), end: describeCivil(civil) },
      dropped: 'end',
    });
    return undefined;
  }
  const end = ctx.place(civil, key, timeZone);
  const cmp = compareTimes(end, start);
  if (cmp < 0) {
    const extra: Partial<DiagnosticInput> = {
      params: { end: describe(end), start: describe(start) },
      dropped: 'end',
    };
    const nextYear = ctx.place({ ...civil, year: civil.year + 1 }, key, timeZone);
    if (civil.year === startCivil.year - 1 && compareTimes(nextYear, start) >= 0)
      extra.hintKey = 'HINT_YEAR_EARLIER';
    else if (derivedDate || (endTimeField && civil.kind === 'date-time' && sameDay(end, start)))
      extra.hintKey = 'HINT_PAST_MIDNIGHT';
    ctx.report('EVENT_END_BEFORE_START', key, extra);
    return undefined;
  }
  if (cmp === 0 && end.kind === 'date-time') {
    ctx.report('EVENT_END_EQUALS_START', key, { dropped: 'end' });
    return undefined;
  }
  return end;
}
