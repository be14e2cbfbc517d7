import type { Language } from '@shared/i18n/languages';
import type { ItineraryItemInput } from '@shared/itinerary/input';
import { HOSTED_KINDS, type ItineraryItem, type PlainDate, type Trip } from '@shared/model';

const emptyName = { ko: '', ja: '', en: '' };

/** A new item's form on a given day: a visit, in the destination's time, for the whole delegation. */
export function newItemValues(trip: Trip, date: PlainDate, lang: Language): ItineraryItemInput {
  return {
    kind: 'visit',
    title: { ...emptyName },
    date,
    startTime: '',
    endDate: '',
    endTime: '',
    timeZone: trip.destinationTimeZone,
    endTimeZone: '',
    location: { ...emptyName },
    host: { name: { ...emptyName }, address: { ...emptyName }, contacts: [] },
    attendeeIds: null,
    expectedAttendees: null,
    preparationNotes: { lang, text: '', translations: {} },
  };
}

/** An item as its form shows it: empty fields for what is not set, an empty host to fill in. */
export function itemFormValues(item: ItineraryItem): ItineraryItemInput {
  return {
    kind: item.kind,
    title: { ...emptyName, ...item.title },
    date: item.date,
    startTime: item.startTime ?? '',
    endDate: item.endDate ?? '',
    endTime: item.endTime ?? '',
    timeZone: item.timeZone,
    endTimeZone: item.endTimeZone ?? '',
    location: { ...emptyName, ...item.location },
    host: item.host
      ? { ...item.host, name: { ...emptyName, ...item.host.name }, address: { ...emptyName, ...item.host.address } }
      : { name: { ...emptyName }, address: { ...emptyName }, contacts: [] },
    attendeeIds: item.attendeeIds,
    expectedAttendees: item.expectedAttendees,
    preparationNotes: item.preparationNotes,
  };
}

function isBlankHost(host: ItineraryItemInput['host']): boolean {
  const written = (name: Partial<Record<Language, string>>) => Object.values(name).some(Boolean);
  return !host || (!written(host.name) && !written(host.address) && host.contacts.length === 0);
}

/** What is saved of the form: no host where there is none, no end day unless asked for. */
export function itemInputFromForm(values: ItineraryItemInput, endsAnotherDay: boolean): ItineraryItemInput {
  const hosted = values.kind === 'visit' || (HOSTED_KINDS.includes(values.kind) && !isBlankHost(values.host));
  return {
    ...values,
    host: hosted ? values.host : null,
    location: values.kind === 'visit' ? {} : values.location,
    endDate: endsAnotherDay ? values.endDate : '',
  };
}
