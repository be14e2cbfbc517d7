import { describe, expect, it } from 'vitest';
import { countWritten, type NoteOfVersion, type WaitingChange, waitingCount } from './waiting';

const TRIP = 'trip-1996';
const OTHER_TRIP = 'trip-1997';

/** Every leaf an answer's first save changes, and its version's. */
function answerSaved(tripId: string, answerId: string, versionId: string): WaitingChange[] {
  const answer = ['visitId', 'questionId', 'memberId', 'body/lang', 'body/text', 'deletedAt'];
  const version = ['recordTable', 'recordId', 'content', 'startedAt', 'stretchId', 'deletedAt'];
  return [
    ...answer.map(() => ({ tripId, table: 'checklistAnswers' as const, recordId: answerId })),
    ...version.map(() => ({ tripId, table: 'noteVersions' as const, recordId: versionId })),
  ];
}

const NOTES: Record<string, ReturnType<NoteOfVersion>> = {
  'version-a': { table: 'checklistAnswers', id: 'answer-a' },
  'version-b': { table: 'checklistAnswers', id: 'answer-b' },
  'version-q': { table: 'qaNotes', id: 'qa-1' },
};
const versions: NoteOfVersion = (versionId) => NOTES[versionId];

describe('what waits to be sent', () => {
  it('counts two answers as two answers, however many of their fields and versions changed', () => {
    const changes = [...answerSaved(TRIP, 'answer-a', 'version-a'), ...answerSaved(TRIP, 'answer-b', 'version-b')];
    expect(changes).toHaveLength(24);
    const waiting = countWritten(changes, versions).get(TRIP) ?? [];
    expect(waiting).toEqual([{ kind: 'answer', count: 2 }]);
    expect(waitingCount(waiting)).toBe(2);
  });

  it('counts a version whose note was sent already as its note, and a note’s versions once with it', () => {
    const changes: WaitingChange[] = [
      { tripId: TRIP, table: 'noteVersions', recordId: 'version-q' },
      { tripId: TRIP, table: 'qaNotes', recordId: 'qa-1' },
      { tripId: TRIP, table: 'noteVersions', recordId: 'version-a' },
    ];
    expect(countWritten(changes, versions).get(TRIP)).toEqual([
      { kind: 'answer', count: 1 },
      { kind: 'qaNote', count: 1 },
    ]);
  });

  it('keeps each trip apart and lists the kinds notes first, whatever order they were written in', () => {
    const changes: WaitingChange[] = [
      { tripId: TRIP, table: 'trips', recordId: TRIP },
      { tripId: TRIP, table: 'itineraryItems', recordId: 'visit-gifu' },
      { tripId: TRIP, table: 'minutes', recordId: 'minutes-gifu' },
      { tripId: OTHER_TRIP, table: 'glossaryTerms', recordId: 'term-1' },
      { tripId: OTHER_TRIP, table: 'glossaryTerms', recordId: 'term-2' },
    ];
    const waiting = countWritten(changes, versions);
    expect(waiting.get(TRIP)).toEqual([
      { kind: 'minutes', count: 1 },
      { kind: 'item', count: 1 },
      { kind: 'trip', count: 1 },
    ]);
    expect(waiting.get(OTHER_TRIP)).toEqual([{ kind: 'term', count: 2 }]);
  });

  it('still counts a version whose note is not stored here, so that nothing waits unsaid', () => {
    const changes: WaitingChange[] = [{ tripId: TRIP, table: 'noteVersions', recordId: 'version-lost' }];
    expect(countWritten(changes, versions).get(TRIP)).toEqual([{ kind: 'noteVersion', count: 1 }]);
  });
});
