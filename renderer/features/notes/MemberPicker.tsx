import type { Member, RecordId } from '@shared/model';
import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberSelect, useMemberNames } from '../../components/MemberSelect';

interface MemberPickerProps {
  members: readonly Member[];
  current: RecordId | null;
  onChoose: (memberId: RecordId | null) => void;
  /** The device is bound to its member by the sync server: it writes as them, and nobody else. */
  bound: boolean;
}

/**
 * "Writing as": which member uses this device, so that answers and changes
 * are theirs. A choice on a device that has joined no server, and on the
 * organiser's (recording on behalf of a member); a member's own device,
 * bound to them when it joined, only says who it writes as: the server
 * takes the author from the device anyway. Once someone is writing, the
 * writer changes only by "Change" and a choice, and the change is said
 * aloud: an arrow key on a list must never hand what follows to someone else.
 *
 * A choice is an act of its own: picked from the open list, or Enter or OK
 * on the member the keys went to on the closed one. Keys only go there
 * (MemberSelect's `onMove`), and Escape or leaving goes back. The focus stays
 * with the picker: on the list after "Change", on "Change" after a choice,
 * never on the page's body, which the list leaves when it is replaced.
 */
export function MemberPicker({ members, current, onChoose, bound }: MemberPickerProps) {
  const { t } = useTranslation(['notes', 'common']);
  const id = useId();
  const nameOf = useMemberNames(members[0]?.tripId);
  const [changing, setChanging] = useState(false);
  /** The member the keys went to on the closed list, not chosen yet; undefined when they went nowhere. */
  const [pending, setPending] = useState<RecordId | null | undefined>(undefined);
  /** The member chosen here, shown until the page says who writes (its write takes a moment). */
  const [chosen, setChosen] = useState<RecordId | null>(null);
  const [said, setSaid] = useState(current);
  const [changed, setChanged] = useState(false);
  const focusNext = useRef<'change' | 'list' | null>(null);
  const list = useRef<HTMLSelectElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  const picker = useRef<HTMLDivElement>(null);

  if (current !== said) {
    setSaid(current);
    setChosen(null);
  }
  const writerId = chosen ?? current;
  const writer = members.find((member) => member.id === writerId);
  const name = writer ? nameOf(writer) : null;

  useEffect(() => {
    const target = focusNext.current === 'change' ? change.current : focusNext.current === 'list' ? list.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });

  const choose = (memberId: RecordId) => {
    setPending(undefined);
    setChanging(false);
    focusNext.current = 'change';
    if (memberId === writerId) return;
    setChosen(memberId);
    setChanged(true);
    onChoose(memberId);
  };
  const confirm = () => {
    const next = pending === undefined ? writerId : pending;
    if (next) choose(next);
  };
  /** Back to who writes, the list closed when someone does. */
  const goBack = (focus: boolean) => {
    setPending(undefined);
    if (!writerId) return;
    setChanging(false);
    if (focus) focusNext.current = 'change';
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      confirm();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      goBack(true);
    }
  };
  const onBlur = (event: FocusEvent) => {
    // Leaving the picker for elsewhere chooses nothing; moving to its buttons keeps the member the keys went to.
    if (!picker.current?.contains(event.relatedTarget as Node | null)) goBack(false);
  };

  const writerName = name ? (
    <strong lang={name.name.lang} title={name.other?.text}>
      {name.name.text}
    </strong>
  ) : null;
  if (bound) {
    return (
      <p className="member-picker">
        {t('page.writingAs')} {writerName}
      </p>
    );
  }
  const choosing = !writerId || changing;
  return (
    <div className="member-picker" ref={picker}>
      {/* First, so that it stays the same live region whichever way the picker shows. */}
      <span role="status" className="visually-hidden">
        {changed && name ? t('page.nowWriting', { name: name.name.text }) : ''}
      </span>
      {choosing ? (
        <>
          <label htmlFor={id}>{t('page.writingAs')}</label>
          <MemberSelect
            id={id}
            ref={list}
            members={members}
            value={pending === undefined ? writerId : pending}
            noneLabel={t('page.chooseMember')}
            onChange={(memberId) => (memberId ? choose(memberId) : setPending(null))}
            onMove={setPending}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
            withAffiliation
          />
          <button type="button" className="button button--small" onClick={confirm} onBlur={onBlur}>
            {t('page.confirmWriter')}
          </button>
          {writerId ? (
            <button type="button" className="button button--small" onClick={() => goBack(true)} onBlur={onBlur}>
              {t('common:actions.cancel')}
            </button>
          ) : null}
        </>
      ) : (
        <>
          <span>
            {t('page.writingAs')} {writerName}
          </span>
          <button
            ref={change}
            type="button"
            className="button button--small"
            onClick={() => {
              setChanging(true);
              focusNext.current = 'list';
            }}
          >
            {t('page.changeWriter')}
          </button>
        </>
      )}
    </div>
  );
}
