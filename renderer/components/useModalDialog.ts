import { type SyntheticEvent, useEffect, useRef } from 'react';

/**
 * A native <dialog> shown modal while `open`: it traps focus, and
 * showModal() puts it on the first control. Escape asks `onClose` rather
 * than closing the dialog itself, so that what is shown stays the caller's
 * to decide. Spread what it returns on the <dialog>.
 */
export function useModalDialog(onClose: () => void, open = true) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };
  return { ref, onCancel };
}
