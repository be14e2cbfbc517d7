import type { KeyboardEvent } from 'react';

/**
 * True while an input method (Korean, Japanese) is composing. The Enter that
 * confirms a conversion arrives as a keydown with isComposing set, or, in
 * Safari and some IMEs, with keyCode 229 just after composition ends; acting
 * on it saves half-typed text or submits the form (a known failure of other
 * note apps).
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/** A form's onKeyDown: the Enter that ends a composition never submits the form. */
export function preventImeEnterSubmit(event: KeyboardEvent): void {
  if (event.key === 'Enter' && isComposing(event)) event.preventDefault();
}
