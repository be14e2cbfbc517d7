import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/** Whether the app runs on a Mac, where shortcuts use ⌘ instead of Ctrl and ⌥ instead of Alt. */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** A shortcut written 'Mod+Z' or 'Alt+N', as this platform's keyboards label it. */
export function shortcutLabel(shortcut: string): string {
  return isMac ? shortcut.replace('Mod+', '⌘').replace('Alt+', '⌥') : shortcut.replace('Mod+', 'Ctrl+');
}

/** True when the event is Ctrl (Windows, Linux) or ⌘ (Mac) with the key. */
export function isModKey(event: KeyboardEvent | ReactKeyboardEvent, key: string): boolean {
  return (isMac ? event.metaKey : event.ctrlKey) && event.key.toLowerCase() === key.toLowerCase();
}

/** Whether keys typed at this element are text (so a shortcut made of a printable key must wait). */
export function isTextInput(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
