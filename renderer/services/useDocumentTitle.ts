import { useEffect } from 'react';

/** The window title names the screen, so that the OS window list and screen readers tell them apart. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Fieldbook` : 'Fieldbook';
  }, [title]);
}
