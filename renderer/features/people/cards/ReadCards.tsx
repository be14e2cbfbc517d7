import type { HostPersonEntry, Trip } from '@shared/model';
import { MAX_ATTACHMENT_BYTES } from '@shared/notes/attachmentRules';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personLabel } from '../../../components/hostPeople/PersonName';
import { formatBytes } from '../../../i18n/format';
import { type CardReader, type CardSide, loadCardReader } from '../../../services/cardReader/cardReader';
import { useLanguage } from '../../../services/useLanguage';
import { CameraCapture } from './CameraCapture';
import { CardReview } from './CardReview';
import type { NotKept } from './keptPhoto';
import { type QueuedCard, readingOver, useCardQueue } from './useCardQueue';
import './cards.css';

const SIDES: readonly CardSide[] = ['ja', 'ko', 'en'];

interface ReadCardsProps {
  trip: Trip;
  /** The OCR, loaded when the first card is read; a test gives its own. */
  loadReader?: () => Promise<CardReader>;
}

/** How far a card waiting its review has come. */
function QueueEntry({ card, number }: { card: QueuedCard; number: number }) {
  const { t } = useTranslation('people');
  const { state } = card;
  return (
    <li>
      {t(`cards.queue.${state.kind}`, { number, percent: state.kind === 'reading' ? state.percent : 0 })}
      {/* The text says the share already: the bar is for the eye alone. */}
      {state.kind === 'reading' ? <progress max={100} value={state.percent} aria-hidden="true" /> : null}
    </li>
  );
}

/**
 * Business cards read from photos, reviewed one by one: the photos queue,
 * and are read one after another while the user reviews the first; each is
 * saved to the directory only once the user has checked it.
 */
function CardsPanel({
  trip,
  loadReader,
  onClose,
}: ReadCardsProps & { loadReader: () => Promise<CardReader>; onClose: () => void }) {
  const { t } = useTranslation(['people', 'common']);
  const ui = useLanguage();
  const { cards, reviewed, add, next } = useCardQueue(loadReader);
  const [side, setSide] = useState<CardSide>('ja');
  const [saved, setSaved] = useState<string | null>(null);
  // Open only on the user's asking: the camera is the app's only while this shows (electron/session.ts).
  const [camera, setCamera] = useState(false);
  const headingId = useId();
  const inputId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const addPhoto = useCallback((photo: Blob) => add([photo], side), [add, side]);
  const [head, ...waiting] = cards;
  const count = reviewed + cards.length;

  useEffect(() => {
    // The panel takes the place of the button that opened it, and the focus with it.
    heading.current?.focus();
  }, []);
  useEffect(() => {
    // The last card's form has gone with the focus in it, and no card follows it.
    if (!head && document.activeElement === document.body) heading.current?.focus();
  }, [head]);

  const onSaved = (person: HostPersonEntry, notKept: NotKept | null) => {
    const name = personLabel(person, ui, trip) || t('unnamed');
    setSaved(
      notKept
        ? t(`cards.savedWithoutPhoto.${notKept}`, { name, size: formatBytes(MAX_ATTACHMENT_BYTES, ui) })
        : t('cards.saved', { name }),
    );
    next();
  };

  return (
    <section className="read-cards" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('cards.title')}
      </h2>
      <p className="muted">{t('cards.intro')}</p>
      <div className="read-cards__pick">
        <fieldset className="fieldset fieldset--row read-cards__sides">
          <legend>{t('cards.side')}</legend>
          {SIDES.map((each) => (
            <label key={each} className="read-cards__side">
              <input
                type="radio"
                name={`${inputId}-side`}
                value={each}
                checked={side === each}
                onChange={() => setSide(each)}
              />
              {t(`cards.sides.${each}`)}
            </label>
          ))}
        </fieldset>
        <span className="read-cards__choose">
          <label htmlFor={inputId} className="button button--primary">
            {t('cards.choose')}
          </label>
          <input
            id={inputId}
            type="file"
            accept="image/*"
            multiple
            className="visually-hidden"
            onChange={(event) => {
              const photos = [...(event.target.files ?? [])];
              // Cleared so that choosing the same photo again is noticed.
              event.target.value = '';
              add(photos, side);
            }}
          />
        </span>
        {camera ? null : (
          <button type="button" className="button" onClick={() => setCamera(true)}>
            {t('cards.camera')}
          </button>
        )}
      </div>
      {camera ? <CameraCapture onCapture={addPhoto} onClose={() => setCamera(false)} /> : null}
      <p className="form__status" role="status">
        {saved}
      </p>
      {waiting.length > 0 ? (
        <ol className="read-cards__queue" aria-label={t('cards.queue.label')}>
          {waiting.map((card, index) => (
            <QueueEntry key={card.id} card={card} number={reviewed + index + 2} />
          ))}
        </ol>
      ) : null}
      {head ? (
        <CardReview
          key={head.id}
          card={head}
          number={reviewed + 1}
          count={count}
          trip={trip}
          onSaved={onSaved}
          onSkip={next}
          onClose={onClose}
        />
      ) : (
        <p className="muted">{reviewed > 0 ? t('cards.allDone') : t('cards.none')}</p>
      )}
      {/* A card's form closes the panel by its Cancel, which forgets what was typed in it, as this button could not. */}
      {head && readingOver(head.state) ? null : (
        <button type="button" className="button" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      )}
    </section>
  );
}

/** On the People page: a button that opens the reading of business cards. */
export function ReadCards({ trip, loadReader = loadCardReader }: ReadCardsProps) {
  const { t } = useTranslation('people');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // Closing the panel gives the focus back to what opened it.
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (open) return <CardsPanel trip={trip} loadReader={loadReader} onClose={() => setOpen(false)} />;
  return (
    <div className="read-cards__open">
      <button ref={button} type="button" className="button" onClick={() => setOpen(true)}>
        {t('cards.open')}
      </button>
    </div>
  );
}
