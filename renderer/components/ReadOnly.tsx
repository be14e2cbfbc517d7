import type { Refusal } from '@shared/sync/permissions';
import type { ReactNode } from 'react';
import { ReadOnlyNote } from './ReadOnlyNote';

/**
 * Shows `children`, and when the roles keep them from the user (`why`), says
 * so and offers nothing in them for editing: every control inside is disabled.
 */
export function ReadOnly({ why, children }: { why: Refusal | null; children: ReactNode }) {
  if (!why) return <>{children}</>;
  return (
    <>
      <ReadOnlyNote why={why} />
      <fieldset disabled className="read-only">
        {children}
      </fieldset>
    </>
  );
}
