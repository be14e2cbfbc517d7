import type { RecordId } from '@shared/model';
import { SAMPLE_TRIP_ID } from '@shared/sample/stepi1996';
import { sampleGlossary } from '@shared/sample/stepi1996Glossary';
import { sampleTripRecords } from '@shared/sample/stepi1996Records';
import { asMember, type Store } from '../database/store';
import { createMeta } from '../database/writeContext';
import { recordVersion } from '../history/noteVersions';
import { isLive } from '../writes/records';
import { writeRecords, writeTransaction } from '../writes/writes';

/**
 * Writes the sample trip of the seed (1996 visit to Japan) and returns its id.
 * If it is already there, nothing changes; if it was deleted, it comes back
 * as new. The ids are fixed, so the sample is one trip on every device.
 */
export async function loadSampleTrip(store: Store): Promise<RecordId> {
  const { db, ctx } = store;
  const sample = sampleTripRecords((id, author) =>
    createMeta(author === undefined ? ctx : { ...ctx, memberId: author }, id),
  );

  // All of the sample or none of it: half a sample would look like lost data.
  const tables = [
    db.trips,
    db.members,
    db.checklistQuestions,
    db.itineraryItems,
    db.qaNotes,
    db.checklistAnswers,
    db.minutes,
    db.reportNotes,
    db.noteVersions,
    db.glossaryTerms,
  ];
  await writeTransaction(db, tables, async () => {
    if (isLive(await db.trips.get(SAMPLE_TRIP_ID))) return;
    await writeRecords(store, 'trips', [sample.trip]);
    await writeRecords(store, 'members', sample.members);
    await writeRecords(store, 'checklistQuestions', sample.questions);
    await writeRecords(store, 'itineraryItems', sample.items);
    await writeRecords(store, 'qaNotes', sample.qaNotes);
    await writeRecords(store, 'checklistAnswers', sample.answers);
    await writeRecords(store, 'minutes', sample.minutes);
    await writeRecords(store, 'reportNotes', sample.reportNotes);
    await writeRecords(
      store,
      'glossaryTerms',
      sampleGlossary((id) => createMeta(ctx, id), SAMPLE_TRIP_ID),
    );
    // Each note starts its history as its author wrote it, so that a later correction can be undone.
    for (const note of sample.qaNotes) await recordVersion(asMember(store, note.askedBy), 'qaNotes', note);
    for (const answer of sample.answers)
      await recordVersion(asMember(store, answer.memberId), 'checklistAnswers', answer);
    for (const minutes of sample.minutes)
      await recordVersion(asMember(store, minutes.updatedBy.memberId), 'minutes', minutes);
    for (const note of sample.reportNotes)
      await recordVersion(asMember(store, note.updatedBy.memberId), 'reportNotes', note);
  });
  return SAMPLE_TRIP_ID;
}
