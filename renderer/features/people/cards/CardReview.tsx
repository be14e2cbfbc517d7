import type { HostPersonEntry, Trip } from '@shared/model';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlobUrl } from '../../../components/useBlobUrl';
import { useStore } from '../../../data/hooks/StoreContext';
import { addHostPerson } from '../../../data/records/hostPeople';
import { type PersonFieldMarks, PersonForm, personFormValues } from '../PersonForm';
import { personFromCard, SURE } from './cardPerson';
import { keptPhoto, type NotKept } from './keptPhoto';
import { type QueuedCard, type ReadState, readingOver } from './useCardQueue';

interface ReviewActions {
  trip: Trip;
  /** `notKept`: why the card's photo was not kept with the person, who was saved without it. */
  onSaved: (person: HostPersonEntry, notKept: NotKept | null) => void;
  onSkip: () => void;
  onClose: () => void;
}

/**
 * The person form, filled with what the card was read to say, each field
 * it filled marked with how sure the reading is; empty where the card could
 * not be read, to be filled from the photo. Nothing is saved until the user
 * saves it, with the card's photo.
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
          // Checked as any attachment; a photo that is not kept leaves the person to be saved without it.
          const photo = await keptPhoto(card.photo);
          const kept = 'kept' in photo ? photo.kept : null;
          const person = await commit(() => addHostPerson(store, trip.id, input, kept));
          onSaved(person, 'notKept' in photo ? photo.notKept : null);
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
  const url = useBlobUrl(card.photo);
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
