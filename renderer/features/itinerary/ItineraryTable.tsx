import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { addDays } from '@shared/itinerary/instants';
import { itemNameOf, namesToShow } from '@shared/itinerary/names';
import { type ItineraryWarning, warningsFor } from '@shared/itinerary/warnings';
import { type ItineraryItem, type Trip, takesNotes } from '@shared/model';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ItemTime } from '../../components/ItemTime';
import { link } from '../../services/paths';
import { useLanguage } from '../../services/useLanguage';
import { DayHeading } from './DayHeading';
import type { ItineraryDay } from './days';
import { useDragAnnouncements } from './useDragAnnouncements';
import { useItineraryActions } from './useItineraryActions';

interface TableProps {
  trip: Trip;
  days: readonly ItineraryDay[];
  warnings: readonly ItineraryWarning[];
  memberCount: number;
  /** Whether the user may change the itinerary: only then can items be moved. */
  planner: boolean;
}

/** Where a drop puts the item: the day, and its index among that day's other items. */
function dropTarget(days: readonly ItineraryDay[], activeId: string, overId: string) {
  if (overId.startsWith('day:')) return { date: overId.slice(4), index: 0 };
  const flat = days.flatMap((day) => day.items);
  const from = flat.findIndex((item) => item.id === activeId);
  const to = flat.findIndex((item) => item.id === overId);
  const over = flat[to];
  if (!over || from === -1) return null;
  const day = days.find((d) => d.date === over.date)?.items ?? [];
  const others = day.filter((item) => item.id !== activeId);
  // As in one list of the whole itinerary: moving down lands after the item dropped on, moving up before it.
  const sameDay = flat[from]?.date === over.date;
  const index = sameDay ? day.indexOf(over) : others.indexOf(over) + (from < to ? 1 : 0);
  return { date: over.date, index };
}

function Row({ item, trip, day, dayIndex, days, warnings, memberCount, planner }: RowProps) {
  const { t } = useTranslation(['itinerary', 'notes']);
  const lang = useLanguage();
  const actions = useItineraryActions(trip);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const names = namesToShow(itemNameOf(item), lang, trip);
  const label = names[0]?.text ?? '';
  const index = day.items.indexOf(item);
  const previousDay = days[dayIndex - 1];
  const nextDay = days[dayIndex + 1];
  const itemWarnings = warningsFor(item.id, warnings);

  const moveUp = () =>
    index > 0
      ? actions.move(item, day.date, index - 1)
      : previousDay && actions.move(item, previousDay.date, previousDay.items.length);
  const moveDown = () =>
    index < day.items.length - 1
      ? actions.move(item, day.date, index + 1)
      : nextDay && actions.move(item, nextDay.date, 0);
  const withinDay = [
    { key: 'moveUp', symbol: '↑', move: moveUp, disabled: index === 0 && !previousDay },
    { key: 'moveDown', symbol: '↓', move: moveDown, disabled: index === day.items.length - 1 && !nextDay },
  ] as const;
  const acrossDays = [
    { key: 'moveDayBefore', symbol: '←', move: () => actions.move(item, addDays(item.date, -1)), disabled: false },
    { key: 'moveDayAfter', symbol: '→', move: () => actions.move(item, addDays(item.date, 1)), disabled: false },
  ] as const;
  // A timed item's place in its day is its time (shared/itinerary/ordering.ts): it has no up and down.
  const moves = !planner ? [] : item.startTime === null ? [...withinDay, ...acrossDays] : acrossDays;

  return (
    <tr
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={isDragging ? 'itinerary-row itinerary-row--dragging' : 'itinerary-row'}
      data-item-id={item.id}
    >
      <td className="itinerary-row__handle">
        {planner ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle"
            {...attributes}
            {...listeners}
            aria-label={t('page.drag', { name: label })}
          >
            ⠿
          </button>
        ) : null}
      </td>
      <td className="itinerary-row__time">
        <ItemTime item={item} trip={trip} />
      </td>
      <td>
        <span className={`kind kind--${item.kind}`}>{t(`kinds.${item.kind}`)}</span>
      </td>
      <th scope="row">
        <div className="itinerary-row__names">
          <Link
            href={link('itineraryItem', { tripId: trip.id, itemId: item.id })}
            className="itinerary-row__link"
            lang={names[0]?.lang}
          >
            {label}
          </Link>
          {names.slice(1).map((name) => (
            <span key={name.lang} lang={name.lang} className="muted">
              {name.text}
            </span>
          ))}
          {itemWarnings.length > 0 ? (
            <span className="warning-badge" role="img" aria-label={t('warnings.title', { count: itemWarnings.length })}>
              !
            </span>
          ) : null}
        </div>
      </th>
      <td className="itinerary-row__who">
        <div>
          {item.attendeeIds
            ? t('page.some', { count: Math.min(item.attendeeIds.length, memberCount) })
            : t('page.whole')}
        </div>
        {item.expectedAttendees ? (
          <div className="muted">{t('page.expected', { count: item.expectedAttendees })}</div>
        ) : null}
      </td>
      <td className="itinerary-row__actions">
        {takesNotes(item) ? (
          <Link
            href={link('notes', { tripId: trip.id, visitId: item.id })}
            className="button button--small itinerary-row__notes"
            aria-label={t('notes:page.openNotesFor', { name: label })}
          >
            {t('notes:page.openNotes')}
          </Link>
        ) : null}
        {moves.map(({ key, symbol, move, disabled }) => (
          <button
            key={key}
            type="button"
            className="icon-button"
            onClick={() => void move()}
            disabled={disabled}
            aria-label={t(`page.${key}`, { name: label })}
            title={t(`page.${key}`, { name: label })}
          >
            {symbol}
          </button>
        ))}
      </td>
    </tr>
  );
}

interface RowProps {
  item: ItineraryItem;
  trip: Trip;
  day: ItineraryDay;
  dayIndex: number;
  days: readonly ItineraryDay[];
  warnings: readonly ItineraryWarning[];
  memberCount: number;
  planner: boolean;
}

function DayTable(props: { day: ItineraryDay; dayIndex: number } & TableProps) {
  const { t } = useTranslation('itinerary');
  const { day, trip } = props;
  const { setNodeRef, isOver } = useDroppable({ id: `day:${day.date}` });
  return (
    <section className="itinerary-day" aria-labelledby={`day-${day.date}`}>
      <div
        ref={setNodeRef}
        className={isOver ? 'itinerary-day__drop itinerary-day__drop--over' : 'itinerary-day__drop'}
      >
        <DayHeading day={day} trip={trip} planner={props.planner} />
      </div>
      {day.items.length === 0 ? (
        <p className="muted itinerary-day__empty">{t('page.emptyDay')}</p>
      ) : (
        <table className="itinerary-table">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('page.columns.actions')}</th>
              <th scope="col">{t('page.columns.time')}</th>
              <th scope="col">{t('form.kind')}</th>
              <th scope="col">{t('page.columns.item')}</th>
              <th scope="col">{t('page.columns.who')}</th>
              <th scope="col">{t('page.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {day.items.map((item) => (
              <Row key={item.id} item={item} {...props} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The itinerary day by day, in order; items move by drag and drop, keyboard or the arrow buttons. */
export function ItineraryTable(props: TableProps) {
  const { trip, days } = props;
  const actions = useItineraryActions(trip);
  const items = days.flatMap((day) => day.items);
  const accessibility = useDragAnnouncements(trip, items);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // A timed item dropped in its own day stays at its time; dropped on another day it keeps its local time.
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const item = items.find((candidate) => candidate.id === active.id);
    const target = dropTarget(days, String(active.id), String(over.id));
    if (!item || !target || (item.startTime !== null && target.date === item.date)) return;
    void actions.move(item, target.date, target.index);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={accessibility}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        {days.map((day, dayIndex) => (
          <DayTable key={day.date} day={day} dayIndex={dayIndex} {...props} />
        ))}
      </SortableContext>
    </DndContext>
  );
}
