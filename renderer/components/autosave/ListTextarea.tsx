import { type ComponentProps, type FormEvent, type KeyboardEvent, useLayoutEffect, useRef } from 'react';
import { isComposing } from '../ime';
import { listContinuation } from './continueList';
import { keepPlace } from './keepPlace';

const selectionOf = (element: HTMLTextAreaElement) => ({
  value: element.value,
  start: element.selectionStart,
  end: element.selectionEnd,
});

/**
 * A text area for notes: Enter at the end of a list line ('- ', '1. ')
 * starts the next item, and Enter on an empty item ends the list. The Enter
 * that confirms an input-method conversion is left to the input method.
 * Insertions go through the editing commands, so that Ctrl+Z undoes them
 * like typing. A text changed from elsewhere (another window's or device's,
 * merged) keeps the caret after the character it was after.
 */
export function ListTextarea({ onKeyDown, onChange, value, ref, ...props }: ComponentProps<'textarea'>) {
  const area = useRef<HTMLTextAreaElement | null>(null);
  // The caller's ref too (a field focused from outside).
  const both = (element: HTMLTextAreaElement | null) => {
    area.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) ref.current = element;
  };
  /** The text and selection as the user last left them: what a change from elsewhere is measured against. */
  const shown = useRef({ value: typeof value === 'string' ? value : '', start: 0, end: 0 });
  const remember = () => {
    if (area.current) shown.current = selectionOf(area.current);
  };
  useLayoutEffect(() => {
    const element = area.current;
    const before = shown.current;
    if (element && typeof value === 'string' && value !== before.value && document.activeElement === element) {
      element.setSelectionRange(
        keepPlace(before.value, value, before.start),
        keepPlace(before.value, value, before.end),
      );
    }
    if (element) shown.current = selectionOf(element);
  }, [value]);
  const typed = (event: FormEvent<HTMLTextAreaElement>) => {
    remember();
    onChange?.(event as Parameters<NonNullable<typeof onChange>>[0]);
  };
  const continueList = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.key !== 'Enter' || isComposing(event)) return;
    if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return;
    const area = event.currentTarget;
    if (area.selectionStart !== area.selectionEnd) return;
    const lineStart = area.value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    const continuation = listContinuation(area.value.slice(lineStart, area.selectionStart));
    if (!continuation) return;
    event.preventDefault();
    if ('insert' in continuation) {
      document.execCommand('insertText', false, continuation.insert);
    } else {
      area.setSelectionRange(lineStart, lineStart + continuation.removeMarker);
      document.execCommand('delete');
    }
  };
  return (
    <textarea
      {...props}
      ref={both}
      value={value}
      onChange={typed}
      onSelect={remember}
      onKeyUp={remember}
      onMouseUp={remember}
      onKeyDown={continueList}
    />
  );
}
