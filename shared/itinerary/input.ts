import { z } from 'zod';
import type { Language } from '../i18n/languages';
import { host } from '../model/host';
import { recordId } from '../model/ids';
import { type ItineraryItem, itineraryKind } from '../model/itinerary';
import { MAX_PEOPLE } from '../model/limits';
import { localizedName, localizedPlace, translatableText } from '../model/text';
import {
  isTimeZone,
  optionalPlainDate,
  optionalPlainTime,
  optionalTimeZone,
  plainDate,
  plainTime,
  timeZone,
} from '../model/time';
import { endsBeforeStart } from './instants';
import { nameFieldOf } from './names';

/** A number a form may leave empty: NaN from an empty number input, null once parsed. */
const optionalCount = z.preprocess(
  (value) => (typeof value === 'number' && Number.isNaN(value) ? null : value),
  z.number().int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.wholeNumber' }).nullable(),
);

/** Whether the times can be placed at all; when not, the fields' own errors already say why. */
function timesReadable(
  item: Pick<ItineraryItem, 'date' | 'startTime' | 'endDate' | 'endTime' | 'timeZone' | 'endTimeZone'>,
) {
  return (
    plainDate.safeParse(item.date).success &&
    [item.startTime, item.endTime].every((time) => time === null || plainTime.safeParse(time).success) &&
    (item.endDate === null || plainDate.safeParse(item.endDate).success) &&
    [item.timeZone, item.endTimeZone ?? item.timeZone].every(isTimeZone)
  );
}

/**
 * What the itinerary item form edits. An item's name (a visit's host, every
 * other item's title: nameFieldOf) is required in the delegation's language.
 */
export function itineraryItemInput(homeLanguage: Language) {
  return z
    .object({
      kind: itineraryKind,
      title: localizedName,
      date: plainDate,
      startTime: optionalPlainTime,
      endDate: optionalPlainDate,
      endTime: optionalPlainTime,
      timeZone: timeZone,
      endTimeZone: optionalTimeZone,
      location: localizedPlace,
      host: host.nullable(),
      attendeeIds: z.array(recordId).max(MAX_PEOPLE).nullable(),
      expectedAttendees: optionalCount,
      preparationNotes: translatableText,
    })
    .superRefine((item, ctx) => {
      const field = nameFieldOf(item.kind);
      const name = field === 'title' ? item.title : item.host?.name;
      if (!name?.[homeLanguage])
        ctx.addIssue({ code: 'custom', path: [...field.split('.'), homeLanguage], message: 'validation.required' });
      if (item.endTime && !item.startTime)
        ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'validation.required' });
      if (item.endDate && !item.endTime)
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.required' });
      if (timesReadable(item) && endsBeforeStart(item)) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.endsBeforeItStarts' });
      }
    });
}
export type ItineraryItemInput = z.input<ReturnType<typeof itineraryItemInput>>;
export type ItineraryItemFields = z.output<ReturnType<typeof itineraryItemInput>>;
