import type { ComponentProps, KeyboardEvent } from 'react';
import { isComposing } from '../ime';
import { listContinuation } from './continueList';

/**
 * A text area for notes: Enter at the end of a list line ('- ', '1. ')
 * starts the next item, and Enter on an empty item ends the list. The Enter
 * that confirms an input-method conversion is left to the input method.
 * Insertions go through the editing commands, so that Ctrl+Z undoes them
 * like typing.
 */
export function ListTextarea({ onKeyDown, ...props }: ComponentProps<'textarea'>) {
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
  return <textarea {...props} onKeyDown={continueList} />;
}
