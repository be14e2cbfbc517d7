import type { Language } from '@shared/i18n/languages';
import {
  type Minutes,
  type MinutesInput,
  minutesId,
  minutesInput,
  parseNote,
  type RecordId,
  type TranslatableText,
  withDetectedLanguage,
} from '@shared/model';
import { withStoredTranslations } from '@shared/translation/edits';
import type { FieldbookDB } from '../database/db';
import type { Store } from '../database/store';
import { changeMeta, createMeta } from '../database/writeContext';
import { recordVersion } from '../history/noteVersions';
import { isLive } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

export async function getMinutes(db: FieldbookDB, visitId: RecordId): Promise<Minutes | null> {
  const minutes = await db.minutes.get(minutesId(visitId));
  return isLive(minutes) ? minutes : null;
}

export async function listTripMinutes(db: FieldbookDB, tripId: RecordId): Promise<Minutes[]> {
  return (await db.minutes.where('tripId').equals(tripId).toArray()).filter(isLive);
}

/**
 * The minutes as a save of `input` makes them from `existing`, their texts
 * marked with the language they are written in (`lang` decides when the
 * script does not tell). Throws a TextTooLongError past a text's limit, a
 * ListTooLongError past a list's, a ZodError for other invalid input.
 */
function minutesAfter(
  store: Store,
  tripId: RecordId,
  visitId: RecordId,
  existing: Minutes | undefined,
  input: MinutesInput,
  lang?: Language,
): Minutes {
  const fields = parseNote(minutesInput, input, existing);
  // The editor edits the originals; their translations stay as stored (see withStoredTranslations).
  const detect = (text: TranslatableText, stored: TranslatableText | undefined) =>
    withStoredTranslations(withDetectedLanguage(text, lang), stored);
  const agendaItem = (id: RecordId) => existing?.agenda.find((item) => item.id === id);
  const followUp = (id: RecordId) => existing?.followUps.find((item) => item.id === id);
  const detected = {
    ...fields,
    agenda: fields.agenda.map((item) => ({
      ...item,
      title: detect(item.title, agendaItem(item.id)?.title),
      notes: detect(item.notes, agendaItem(item.id)?.notes),
    })),
    discussion: detect(fields.discussion, existing?.discussion),
    decisions: detect(fields.decisions, existing?.decisions),
    followUps: fields.followUps.map((item) => ({ ...item, text: detect(item.text, followUp(item.id)?.text) })),
  };
  return existing
    ? { ...existing, ...detected, ...changeMeta(store.ctx) }
    : { ...createMeta(store.ctx, minutesId(visitId)), tripId, visitId, ...detected };
}

/** Saves a visit's minutes (created on the first save). */
export async function saveMinutes(
  store: Store,
  tripId: RecordId,
  visitId: RecordId,
  input: MinutesInput,
  lang?: Language,
): Promise<Minutes> {
  const { db } = store;
  // The minutes and their history are written together.
  return writeTransaction(db, [db.minutes, db.noteVersions], async () => {
    const minutes = minutesAfter(store, tripId, visitId, await db.minutes.get(minutesId(visitId)), input, lang);
    await writeRecords(store, 'minutes', [minutes]);
    await recordVersion(store, 'minutes', minutes);
    return minutes;
  });
}
