import { detectLanguage, type Member, pickName, type RecordId } from '@shared/model';
import { type MemberName, memberNameFor } from '@shared/people/memberName';
import { keyTyped, nextTyped, type TypedKey } from '@shared/people/typeAhead';
import { type FocusEvent, type KeyboardEvent, type Ref, useRef } from 'react';
import { useTrip } from '../data/hooks/useTrip';
import { useLanguage } from '../services/useLanguage';

/**
 * How this screen names the members of a trip: each in the interface
 * language's script where that name was entered (memberNameFor), by the
 * trip's languages; by the delegation's names while the trip is being read.
 */
export function useMemberNames(tripId: RecordId | undefined): (member: Member) => MemberName {
  const lang = useLanguage();
  const trip = useTrip(tripId ?? '');
  return (member) =>
    trip
      ? memberNameFor(member, lang, trip)
      : { name: { text: member.name, lang: detectLanguage(member.name, lang) }, other: null };
}

/** Keys typed further apart than this start a new search, as a list's own search does. */
const TYPING_PAUSE_MS = 1000;

/** Where a key steps on a closed select, by position: 0 is "none", then the members in order up to `last`. */
const STEPS: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  PageUp: () => 0,
  End: (_, last) => last,
  PageDown: (_, last) => last,
};

interface MemberSelectProps {
  members: readonly Member[];
  value: RecordId | null;
  /** What the empty choice says: nobody yet, not recorded, choose yourself. */
  noneLabel: string;
  /** A member chosen: picked from the open list, or by a key on the closed one when there is no `onMove`. */
  onChange: (memberId: RecordId | null) => void;
  /**
   * Where a key on the closed select goes (an arrow, Home, End, letters
   * typed) when that is not a choice yet: the caller takes it as one its own
   * way (Enter, a button). Without it, such a key chooses, as on any select.
   */
  onMove?: (memberId: RecordId | null) => void;
  onBlur?: (event: FocusEvent<HTMLSelectElement>) => void;
  /** Runs before the select's own keys; a key it prevents is left alone. */
  onKeyDown?: (event: KeyboardEvent<HTMLSelectElement>) => void;
  id?: string;
  ref?: Ref<HTMLSelectElement>;
  /** Adds each member's affiliation, where names alone may not tell members apart. */
  withAffiliation?: boolean;
}

/**
 * A choice of one member of the delegation, or none; put it inside the label
 * that names it (or name it by `id`). Each member goes by the name the
 * interface language reads, the other in the option's tooltip; letters typed
 * on it find a member by either name, Korean ones by their first consonants
 * too (shared/people/typeAhead.ts), which a select's own search cannot do.
 */
export function MemberSelect({
  members,
  value,
  noneLabel,
  onChange,
  onMove,
  onBlur,
  onKeyDown,
  id,
  ref,
  withAffiliation = false,
}: MemberSelectProps) {
  const lang = useLanguage();
  const nameOf = useMemberNames(members[0]?.tripId);
  const typed = useRef<{ keys: TypedKey[]; at: number }>({ keys: [], at: Number.NEGATIVE_INFINITY });

  const keyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) {
      return;
    }
    const at = members.findIndex((member) => member.id === value);
    const step = onMove ? STEPS[event.key] : undefined;
    if (onMove && step) {
      // The select's own step would change its value, which is a choice to those listening for one.
      event.preventDefault();
      onMove(members[step(at + 1, members.length) - 1]?.id ?? null);
      return;
    }
    const key = keyTyped(event.key, event.code, event.shiftKey);
    const recent = event.timeStamp - typed.current.at < TYPING_PAUSE_MS;
    // A space on its own opens the list; within a name typed, it is part of it.
    if (!key || (key.char === ' ' && !recent)) return;
    event.preventDefault();
    const keys = recent ? [...typed.current.keys, key] : [key];
    typed.current = { keys, at: event.timeStamp };
    const names = members.map((member) => [nameOf(member).name.text, member.name, member.nameForHosts]);
    const found = members[nextTyped(names, at, keys) ?? -1];
    if (found && found.id !== value) (onMove ?? onChange)(found.id);
  };

  return (
    <select
      id={id}
      ref={ref}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
      onBlur={onBlur}
      onKeyDown={keyDown}
    >
      <option value="">{noneLabel}</option>
      {members.map((member) => {
        const { name, other } = nameOf(member);
        const affiliation = withAffiliation ? pickName(member.affiliation, [lang]) : '';
        return (
          <option key={member.id} value={member.id} lang={name.lang} title={other?.text}>
            {name.text}
            {affiliation ? ` · ${affiliation}` : ''}
          </option>
        );
      })}
    </select>
  );
}
