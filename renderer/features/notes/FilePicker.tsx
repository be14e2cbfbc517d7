import { acceptedExtensions } from '@shared/model';
import { useId } from 'react';

/** The kinds of file a member may attach, offered first by the system's file chooser. */
const ACCEPT = acceptedExtensions();

/**
 * A button that opens the system's file chooser. The file input is visually
 * hidden behind a label styled as a button, so it stays one Tab stop and
 * Enter or Space opens the chooser; its focus ring is drawn on the label.
 */
export function FilePicker({
  label,
  primary = false,
  onFiles,
}: {
  label: string;
  primary?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const inputId = useId();
  return (
    <span className="file-picker">
      <label htmlFor={inputId} className={primary ? 'button button--primary' : 'button button--small'}>
        {label}
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again (after it was refused) is noticed.
          event.target.value = '';
          onFiles(files);
        }}
      />
    </span>
  );
}
