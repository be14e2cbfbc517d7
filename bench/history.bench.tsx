/**
 * A note's history: opening the dialog that shows its 50 versions, each with
 * what changed since the one before, for a 100,000-character note against a
 * 1,000-character one (the baseline); and rendering the open dialog again,
 * as when the screen behind it updates. React renders into jsdom over
 * fake-indexeddb, as in the component tests.
 */
import 'fake-indexeddb/auto';
import { type NoteVersion, newId } from '@shared/model';
import { cleanup, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { test } from 'vitest';
import { HistoryDialog } from '../renderer/components/noteHistory/HistoryDialog';
import { StoreProvider } from '../renderer/data/hooks/StoreContext';
import { initI18n } from '../renderer/i18n/i18n';
import { UndoProvider } from '../renderer/services/undo';
import { openTestStore } from '../test/fixtures/store';

// jsdom has <dialog> but not its modal methods (as in test/setup/dom.ts, which benchmarks do not load).
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
}

const VERSIONS = 50;
const KO = [
  '대학',
  '기업',
  '공동연구',
  '매칭예산',
  '펀드',
  '현청',
  '과학기술',
  '교류',
  '연수',
  '담당관',
  '지역',
  '협력',
];
const JA = ['大学', '企業', '共同研究', '予算', '県庁', '科学技術', '交流', '研修', '担当', '地域', '産業', '協力'];
const PARTICLES = ['の', 'と', 'を', 'で', 'に', 'は'];

/** The same pseudo-random numbers at every run, so that both measurements see the same notes. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A sentence of minutes, in Korean (words between spaces) or Japanese (words run together). */
function sentence(random: () => number): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const length = 4 + Math.floor(random() * 6);
  if (random() < 0.5) return `${Array.from({ length }, () => pick(KO)).join(' ')}에 대해 논의함. `;
  return `${Array.from({ length }, () => `${pick(JA)}${pick(PARTICLES)}`).join('')}説明を受けた。`;
}

/**
 * A note's versions, oldest first: about `size` characters, then each
 * stretch of editing fixes a typo, rewrites a sentence and adds one, at
 * places spread over the note; every tenth also rewrites a section of a
 * thirtieth of the note (3,000 characters of the long one).
 */
function noteHistory(size: number, seed: number): string[] {
  const random = randomFrom(seed);
  const at = (text: string) => Math.floor(random() * text.length);
  const sentences = (length: number) => {
    let text = '';
    while (text.length < length) text += random() < 0.2 ? `${sentence(random)}\n` : sentence(random);
    return text;
  };
  let text = sentences(size);
  const versions = [text];
  for (let i = 1; i < VERSIONS; i++) {
    const typo = at(text);
    text = `${text.slice(0, typo)}${random() < 0.5 ? '가' : 'の'}${text.slice(typo + 1)}`;
    const start = at(text);
    const end = text.indexOf(' ', start + 20);
    if (end > 0) text = `${text.slice(0, start)}${sentence(random)}${text.slice(end)}`;
    const added = at(text);
    text = `${text.slice(0, added)}${sentence(random)}${text.slice(added)}`;
    if (i % 10 === 0) {
      const section = at(text);
      text = `${text.slice(0, section)}${sentences(size / 30)}${text.slice(section + size / 30)}`;
    }
    versions.push(text);
  }
  return versions;
}

const i18n = await initI18n('ko');
const store = await openTestStore();
const tripId = newId();

/** Stores a note's versions as the app keeps them, and gives the note's id. */
async function storeHistory(texts: readonly string[]): Promise<string> {
  const recordId = newId();
  const versions: NoteVersion[] = texts.map((text, i) => {
    const at = new Date(Date.UTC(1996, 9, 22, 10, i)).toISOString();
    return {
      id: newId(),
      tripId,
      createdAt: at,
      updatedAt: at,
      hlc: `0000000000a-${String(i).padStart(5, '0')}-bench`,
      updatedBy: { deviceId: 'bench', memberId: null },
      deletedAt: null,
      recordTable: 'minutes',
      recordId,
      content: { text },
      startedAt: at,
    };
  });
  await store.db.noteVersions.bulkPut(versions);
  return recordId;
}

const small = await storeHistory(noteHistory(1_000, 1));
const large = await storeHistory(noteHistory(100_000, 2));
const textOf = (content: NoteVersion['content']) => String(content.text);

function dialog(recordId: string, onClose: () => void): ReactNode {
  return (
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <UndoProvider>
          <HistoryDialog
            table="minutes"
            recordId={recordId}
            members={[]}
            store={store}
            textOf={textOf}
            onClose={onClose}
          />
        </UndoProvider>
      </StoreProvider>
    </I18nextProvider>
  );
}

/** Renders the dialog and waits until every version shows. */
async function open(recordId: string) {
  const view = render(dialog(recordId, () => undefined));
  await waitFor(
    () => {
      if (view.container.querySelectorAll('.history__version').length !== VERSIONS) throw new Error();
    },
    { interval: 1, timeout: 120_000 },
  );
  return view;
}

test('history dialog of a note with 50 versions', async ({ bench }) => {
  await bench.compare(
    bench('1,000 characters (baseline)', async () => {
      (await open(small)).unmount();
      cleanup();
    }),
    bench('100,000 characters', async () => {
      (await open(large)).unmount();
      cleanup();
    }),
    { time: 2000, iterations: 5 },
  );
});

test('history dialog rendered again while open', async ({ bench }) => {
  const views = { small: await open(small), large: await open(large) };
  let renders = 0;
  // A new onClose each time, as a parent re-rendering gives: the versions themselves are unchanged.
  const again = (recordId: string, view: typeof views.small) => {
    renders += 1;
    view.rerender(dialog(recordId, () => renders));
  };
  await bench.compare(
    bench('1,000 characters (baseline)', () => again(small, views.small)),
    bench('100,000 characters', () => again(large, views.large)),
    { time: 2000, iterations: 5 },
  );
  cleanup();
});
