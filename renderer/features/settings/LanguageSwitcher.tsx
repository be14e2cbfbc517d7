import { LANGUAGE_AUTONYMS, LANGUAGES, type Language } from '@shared/i18n/supported';
import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../services/useLanguage';

/** Where each key moves within the open menu, from the item at `at`; round at either end. */
const MOVES: Record<string, (at: number) => number> = {
  ArrowDown: (at) => (at + 1) % LANGUAGES.length,
  ArrowUp: (at) => (at - 1 + LANGUAGES.length) % LANGUAGES.length,
  Home: () => 0,
  End: () => LANGUAGES.length - 1,
};

/**
 * The interface language, chosen in a menu opened from a button that shows
 * the language in use. A choice that changes every word on screen must be
 * made on purpose: arrow keys only open the menu and move within it, and
 * only Enter, Space or a click on a language switches. A native select will
 * not do: closed, it changes on an ArrowDown in Chromium, and the header's
 * controls are the first a keyboard user meets. The choice is remembered on
 * this device.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = useLanguage();
  /** The item that has the focus while the menu is open; null while it is closed. */
  const [focused, setFocused] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  const open = focused !== null;

  useEffect(() => {
    if (focused !== null) items.current[focused]?.focus();
  }, [focused]);

  // The cursor goes back to the button before the menu's items go: a keyboard user carries on from there.
  const close = () => {
    button.current?.focus();
    setFocused(null);
  };
  const choose = (lng: Language) => {
    close();
    if (lng !== current) void i18n.changeLanguage(lng);
  };
  const openMenu = () => setFocused(LANGUAGES.indexOf(current));

  // A key with a modifier is an app shortcut (Alt+↓: the next unanswered question), not the menu's.
  const modified = (event: KeyboardEvent) => event.altKey || event.ctrlKey || event.metaKey;
  const onButtonKey = (event: KeyboardEvent) => {
    if (modified(event) || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    openMenu();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const move = modified(event) ? undefined : MOVES[event.key];
    if (move) {
      event.preventDefault();
      setFocused((at) => move(at ?? 0));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') setFocused(null);
  };
  // A click or the focus elsewhere leaves the menu without a choice. Not the button: its click closes the menu itself.
  const onMenuBlur = (event: FocusEvent<HTMLDivElement>) => {
    const to = event.relatedTarget;
    if (to !== button.current && !event.currentTarget.contains(to)) setFocused(null);
  };

  return (
    <div className="language-switcher">
      <span id={`${id}-label`} className="visually-hidden">
        {t('language.label')}
      </span>
      <button
        ref={button}
        type="button"
        className="language-switcher__button"
        aria-haspopup="menu"
        aria-expanded={open}
        // Only while the menu is there: a reference to nothing is an error for assistive technology.
        aria-controls={open ? `${id}-menu` : undefined}
        aria-labelledby={`${id}-label ${id}-current`}
        onClick={() => (open ? close() : openMenu())}
        onKeyDown={onButtonKey}
      >
        <span id={`${id}-current`} lang={current}>
          {LANGUAGE_AUTONYMS[current]}
        </span>
      </button>
      {open ? (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-label={t('language.label')}
          className="language-switcher__menu"
          onKeyDown={onMenuKey}
          onBlur={onMenuBlur}
        >
          {LANGUAGES.map((lng, index) => (
            <button
              key={lng}
              ref={(item) => {
                items.current[index] = item;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={lng === current}
              tabIndex={-1}
              lang={lng}
              className="language-switcher__item"
              onClick={() => choose(lng)}
            >
              {LANGUAGE_AUTONYMS[lng]}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
