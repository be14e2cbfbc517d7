import type { Language } from '@shared/i18n/languages';
import { newId, type RecordId } from '@shared/model';
import { type NoteTarget, noteRecordOf } from '@shared/notes/noteTarget';
import type { Draft } from '../database/rows';
import { SESSION_ID } from '../database/session';
import type { Store } from '../database/store';
import { formDraftKey, LEGACY_PREFIXES } from '../drafts/drafts';
import { noteTable } from '../records/noteTargets';
import { composerDraftKey, listQaNotes } from '../records/qaNotes';
import { draftKeyOf } from './noteDrafts';

const [JOURNAL, FORM] = LEGACY_PREFIXES;
/** The version a draft from before this one names: none that exists, so it is never put over a saved note. */
const UNKNOWN_VERSION = 'before-drafts-were-versioned';

/** The forms of the earlier version, by the table of the record they edit. */
const FORM_TABLES: Partial<Record<string, string>> = { trip: 'trips', member: 'members', item: 'itineraryItems' };

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

async function noteTarget(store: Store, name: string, lang: Language): Promise<NoteTarget | null> {
  const [kind, a = '', b = '', c = ''] = name.split(':');
  const tripOfVisit = async (visitId: RecordId) => (await store.db.itineraryItems.get(visitId))?.tripId;
  if (kind === 'answer') {
    const tripId = await tripOfVisit(a);
    return tripId ? { kind: 'answer', key: { tripId, visitId: a, questionId: b, memberId: c }, lang } : null;
  }
  if (kind === 'minutes') {
    const tripId = await tripOfVisit(a);
    return tripId ? { kind: 'minutes', tripId, visitId: a, lang } : null;
  }
  const note = kind === 'qa' ? await store.db.qaNotes.get(a) : undefined;
  return note ? { kind: 'qaNote', tripId: note.tripId, id: a, lang } : null;
}

async function alreadyAdded(store: Store, visitId: RecordId, composed: unknown): Promise<boolean> {
  const texts = composed as { question?: { text?: string }; answer?: { text?: string } };
  const notes = await listQaNotes(store.db, visitId);
  return notes.some(
    (note) => note.question.text === (texts.question?.text ?? '') && note.answer.text === (texts.answer?.text ?? ''),
  );
}

/**
 * Brings the drafts an earlier version kept in localStorage into the
 * database, once, then removes them. Their base is unknown, so a note's
 * text is only ever saved where the note does not exist yet; otherwise it
 * is recovered into the history (see noteDrafts.ts) and forms offer it
 * rather than put it back.
 */
export async function importLegacyDrafts(store: Store, lang: Language): Promise<void> {
  const keys = Object.keys(localStorage).filter((key) => key.startsWith(JOURNAL) || key.startsWith(FORM));
  if (keys.length === 0) return;
  const now = store.ctx.now().toISOString();
  const drafts: Draft[] = [];
  const base = { memberId: null, deviceId: store.ctx.deviceId, typedAt: now, sessionId: `legacy-${SESSION_ID}` };
  for (const key of keys) {
    const name = key.startsWith(JOURNAL) ? key.slice(JOURNAL.length) : key.slice(FORM.length);
    const stored = read(key);
    if (stored === null) continue;
    if (key.startsWith(JOURNAL)) {
      const target = await noteTarget(store, name, lang);
      if (!target) continue;
      const exists = await noteTable(store.db, target).get(noteRecordOf(target).id);
      const typed = (stored as { value?: unknown }).value;
      drafts.push({
        ...base,
        key: draftKeyOf(target, base.sessionId),
        kind: 'note',
        target,
        value: typed,
        basedOn: exists ? UNKNOWN_VERSION : null,
      });
    } else if (name.startsWith('qa:')) {
      const visitId = name.slice(3);
      // A stale entry of a note already added (what localStorage brought back after a crash) is that note.
      if (await alreadyAdded(store, visitId, stored)) continue;
      drafts.push({
        ...base,
        key: composerDraftKey(visitId),
        kind: 'composer',
        value: { id: newId(), fields: stored },
        basedOn: null,
      });
    } else if (name.includes(':new')) {
      drafts.push({ ...base, key: name, kind: 'form', value: stored, basedOn: null });
    } else {
      const [form = '', id = ''] = name.split(':');
      const table = FORM_TABLES[form];
      if (table) {
        drafts.push({ ...base, key: formDraftKey(table, id), kind: 'form', value: stored, basedOn: UNKNOWN_VERSION });
      }
    }
  }
  await store.db.drafts.bulkPut(drafts);
  for (const key of keys) localStorage.removeItem(key);
}
