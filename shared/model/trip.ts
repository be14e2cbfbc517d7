import { z } from 'zod';
import { language } from '../i18n/languages';
import { recordMeta } from './meta';
import { localizedName, mergedText, translatableText } from './text';
import { daysInclusive, plainDate, timeZone } from './time';

/** Longest trip the app accepts; a typo in a year ('2206') should not make 80,000 days. */
export const MAX_TRIP_DAYS = 366;

const tripFields = {
  /** Written at least in the delegation's language; in the hosts' language for what is handed to them. */
  title: localizedName,
  /** The delegation's language and the hosts': the two columns of every bilingual export. */
  languages: z.object({ home: language, host: language }),
  purpose: translatableText,
  startDate: plainDate,
  endDate: plainDate,
  homeTimeZone: timeZone,
  destinationTimeZone: timeZone,
  /** The organising institution (e.g. STEPI) as each side writes it; the people who organise are members with that role. */
  organiser: localizedName,
};

/** What a trip form edits. */
export const tripInput = z.object(tripFields).superRefine((trip, ctx) => {
  if (!trip.title[trip.languages.home]) {
    ctx.addIssue({ code: 'custom', path: ['title', trip.languages.home], message: 'validation.required' });
  }
  const bothDates = plainDate.safeParse(trip.startDate).success && plainDate.safeParse(trip.endDate).success;
  if (!bothDates) return;
  if (trip.endDate < trip.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.endBeforeStart' });
  } else if (daysInclusive(trip.startDate, trip.endDate) > MAX_TRIP_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.tripTooLong' });
  }
});
export type TripInput = z.input<typeof tripInput>;

// Members who write the purpose at once all keep their words: it may be longer than the form lets one of them write.
export const trip = recordMeta.extend({ ...tripFields, purpose: mergedText });
export type Trip = z.infer<typeof trip>;
