import { namesToShow } from '@shared/itinerary/names';
import { detectLanguage, type HostPerson, type HostPersonEntry, type HostPersonInput, type Trip } from '@shared/model';
import { copyOfPerson, emptyPerson } from '@shared/people/directory';
import { personMatches } from '@shared/people/findPerson';
import { hangulReading } from '@shared/people/reading/hangul';
import { romanisedReading } from '@shared/people/reading/romaji';
import { mayChange } from '@shared/sync/permissions';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../data/hooks/StoreContext';
import type { HostDirectory } from '../../data/hooks/useHostPeople';
import { useWriter } from '../../data/hooks/useWriter';
import { addHostPerson } from '../../data/records/hostPeople';
import { useLanguage } from '../../services/useLanguage';
import { useDescribeSaveError } from '../saveError';
import { PersonName } from './PersonName';
import './hostPeople.css';

/** The most people offered at once: a few letters more narrow it down. */
const SHOWN = 8;

/** Only kana (and the marks between words): a reading. */
const KANA_ONLY = /^[\u3040-\u30ff\s・･]+$/u;

/** A new person from the name typed, in the field its script belongs to; a name in kana is its reading too. */
export function personFromTyped(typed: string): HostPersonInput {
  const text = typed.trim();
  const person: HostPersonInput = { ...emptyPerson() };
  const lang = detectLanguage(text, 'ja');
  if (lang === 'ko') return { ...person, name: { ko: text } };
  if (lang === 'en') return { ...person, name: { en: text }, romanised: text };
  if (!KANA_ONLY.test(text)) return { ...person, name: { ja: text } };
  return {
    ...person,
    name: { ja: text, ko: hangulReading(text) },
    reading: text,
    romanised: romanisedReading(text),
  };
}

interface HostPersonPickerProps {
  trip: Pick<Trip, 'id' | 'languages'>;
  /** The search box's accessible name: what the pick is for ('Add a person to meet'). */
  label: string;
  /** The trip's directory as the screen holds it (useHostPeople): the picker searches it, and asks nothing again. */
  directory: HostDirectory | undefined;
  /** The person picked, or added on the spot: a copy naming their entry. */
  onPick: (person: HostPerson) => void;
  /** Escape on an empty box: the picker is not wanted any more (a replacement given up). */
  onDismiss?: () => void;
  autoFocus?: boolean;
}

type Option = { kind: 'person'; person: HostPersonEntry } | { kind: 'add'; name: string };

/**
 * Picks a host person from the trip's directory by a few letters of any
 * form of their name (Korean, Japanese, its kana reading, romaji; Korean by
 * its keys too: findPerson.ts), or adds the name typed as a new person on
 * the spot, where the roles let the user write the directory. A combobox:
 * arrows move through the people found, Enter picks (never the Enter that
 * confirms an input method's conversion), Escape closes the list.
 */
export function HostPersonPicker({
  trip,
  label,
  directory,
  onPick,
  onDismiss,
  autoFocus = false,
}: HostPersonPickerProps) {
  const { t } = useTranslation('people');
  const ui = useLanguage();
  const store = useStore();
  const describeSaveError = useDescribeSaveError();
  const mayAdd = mayChange(useWriter(trip.id), 'hostPeople');
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;

  const text = typed.trim();
  const found = text ? (directory?.people ?? []).filter((person) => personMatches(person, text)).slice(0, SHOWN) : [];
  const options: Option[] = [
    ...found.map((person): Option => ({ kind: 'person', person })),
    ...(mayAdd && text ? [{ kind: 'add', name: text } as const] : []),
  ];
  const expanded = open && text !== '';
  const current = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = async (option: Option) => {
    setError(null);
    try {
      const entry =
        option.kind === 'person' ? option.person : await addHostPerson(store, trip.id, personFromTyped(option.name));
      onPick(copyOfPerson(entry));
      setTyped('');
      setOpen(false);
      setActive(0);
    } catch (failure) {
      setError(describeSaveError(failure));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current + step + options.length) % Math.max(options.length, 1));
        return;
      }
      case 'Enter': {
        // In a form, Enter here picks: it never submits the form around the picker.
        event.preventDefault();
        const option = expanded ? options[current] : undefined;
        if (option) void choose(option);
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (!text && onDismiss) {
          event.preventDefault();
          onDismiss();
        }
        return;
    }
  };

  return (
    <div className="host-person-picker">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={hintId}
        aria-activedescendant={expanded && options.length > 0 ? optionId(current) : undefined}
        // biome-ignore lint/a11y/noAutofocus: opened by the user to replace a person: the cursor waits in it.
        autoFocus={autoFocus}
        value={typed}
        placeholder={t('picker.search')}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <p id={hintId} className="field__hint">
        {t('picker.searchHint')}
      </p>
      {/* The list stays in the page, empty when closed, so that aria-controls always names it. */}
      <div
        id={listId}
        role="listbox"
        aria-label={t('picker.results')}
        className="host-person-picker__list"
        hidden={!expanded}
      >
        {expanded
          ? options.map((option, index) => (
              // The keyboard stays in the combobox's input (arrows, Enter): an option is pointed at, never focused.
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input's keys pick the active option
              <div
                key={option.kind === 'person' ? option.person.id : 'add'}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === current}
                className={
                  option.kind === 'add'
                    ? 'host-person-picker__option host-person-picker__add'
                    : 'host-person-picker__option'
                }
                // Keeps the focus in the box: a pick by mouse then reads as one by keyboard.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void choose(option)}
              >
                {option.kind === 'add' ? (
                  `+ ${t('picker.addNew', { name: option.name })}`
                ) : (
                  <>
                    <PersonName person={option.person} trip={trip} />
                    <span className="host-person-picker__option-detail">
                      {[
                        namesToShow(option.person.title, ui, trip)[0]?.text,
                        namesToShow(option.person.organisation, ui, trip)[0]?.text,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </>
                )}
              </div>
            ))
          : null}
      </div>
      {expanded && options.length === 0 ? (
        <p className="host-person-picker__none" role="status">
          {t('picker.none')}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
