import type { HostPersonEntry, Trip } from '@shared/model';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../../data/hooks/StoreContext';
import { addHostPerson } from '../../../data/records/hostPeople';
import { type PersonFieldMarks, PersonForm, personFormValues } from '../PersonForm';
import { personFromCard, SURE } from './cardPerson';
import { type QueuedCard, type ReadState, readingOver } from './useCardQueue';

/** A blob: URL for the photo while it is shown, revoked after. */
function usePhotoUrl(photo: Blob): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(photo);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [photo]);
  return url;
}

interface ReviewActions {
  trip: Trip;
  onSaved: (person: HostPersonEntry) => void;
  onSkip: () => void;
  onClose: () => void;
}

/**
 * The person form, filled with what the card was read to say, each field
 * it filled marked with how sure the reading is; empty where the card could
 * not be read, to be filled from the photo. Nothing is saved until the user
 * saves it.
 */
function ReviewForm({
  card,
  state,
  trip,
  onSaved,
  onSkip,
  onClose,
}: ReviewActions & { card: QueuedCard; state: ReadState }) {
  const { t } = useTranslation('people');
  const store = useStore();
  const person = state.kind === 'read' ? personFromCard(state.fields, card.side) : null;
  const marks: PersonFieldMarks = Object.fromEntries(
    Object.entries(person?.confidence ?? {}).map(([field, sure]) => [
      field,
      (sure ?? 0) < SURE ? t('cards.unsure') : t('cards.sure'),
    ]),
  );
  return (
    <>
      {state.kind === 'failed' ? (
        <p className="notice card-review__failed" role="alert">
          {t(`cards.failed.${state.why}`)}
        </p>
      ) : null}
      <PersonForm
        draftKey={`hostPerson:card:${card.id}`}
        basedOn={null}
        defaultValues={person?.values ?? personFormValues()}
        marks={marks}
        submitLabel={t('cards.save')}
        skip={{ label: t('cards.skip'), onSkip }}
        onSubmit={async (input, commit) => {
          onSaved(await commit(() => addHostPerson(store, trip.id, input)));
        }}
        onCancel={onClose}
      />
    </>
  );
}

/** One card under review: its photo beside the form, or beside how far its reading has come. */
export function CardReview({
  card,
  number,
  count,
  ...actions
}: ReviewActions & { card: QueuedCard; number: number; count: number }) {
  const { t } = useTranslation('people');
  const url = usePhotoUrl(card.photo);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { state } = card;
  useEffect(() => {
    // The last card's form has gone with the focus in it: the next card takes it, unless its form already has.
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  return (
    <article className="card-review" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="card-review__title">
        {t('cards.position', { number, count })}
      </h3>
      <div className="card-review__body">
        <figure className="card-review__photo">
          {url ? <img src={url} alt={t('cards.photo', { number })} /> : null}
        </figure>
        <div className="card-review__fields">
          {readingOver(state) ? (
            <ReviewForm card={card} state={state} {...actions} />
          ) : (
            <p className="card-review__reading">
              {state.kind === 'loadingReader'
                ? t('cards.loadingReader')
                : t('cards.readingThis', { percent: state.kind === 'reading' ? state.percent : 0 })}
            </p>
          )}
        </div>
      </div>
    </article>
  );
}
