import type { Refusal } from '@shared/sync/permissions';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Why the roles keep the user from a change (shared/sync/permissions.ts), in the interface's language. */
export function useRoleWords(): (refusal: Refusal) => string {
  const { t } = useTranslation();
  return useCallback((refusal) => t(`roles.${refusal}`), [t]);
}
