import { textDiff } from '@shared/notes/textDiff';
import { memo, useMemo } from 'react';

interface VersionChangesProps {
  /** The text of the version before, empty for the first. */
  before: string;
  after: string;
}

/**
 * What changed from one version of a note to the next. Comparing a long note
 * takes a while and the history renders again whenever the notes behind it
 * do, so each pair of texts is compared once.
 */
export const VersionChanges = memo(function VersionChanges({ before, after }: VersionChangesProps) {
  const parts = useMemo(() => textDiff(before, after), [before, after]);
  return (
    <p className="history__text">
      {parts.map((part, index) =>
        part.added ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff have no identity but their order.
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <del key={index}>{part.value}</del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
});
