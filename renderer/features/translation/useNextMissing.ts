import type { Language } from '@shared/i18n/languages';
import { statusIn, type TripText, targetsOf } from '@shared/translation/texts';
import { useCallback, useEffect, useState } from 'react';

/** The field of one text's translation into one language, as its `data-translation` names it. */
const fieldKey = (entry: TripText, lang: Language) => `${entry.key}:${lang}`;

/**
 * Moving to the next missing translation after the field that has the
 * focus (from the top when none has it, round to the top after the last):
 * `go` answers the index of its text in `entries`, for the caller to show
 * its page, or null when none is missing; the field takes the focus once shown.
 */
export function useNextMissing(entries: readonly TripText[], languages: readonly Language[], into: Language | null) {
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (!pending) return;
    const field = document.querySelector<HTMLElement>(`[data-translation="${CSS.escape(pending)}"]`);
    if (!field) return;
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
    setPending(null);
  });

  const go = useCallback((): number | null => {
    const pairs = entries.flatMap((entry, index) =>
      targetsOf(entry, languages)
        .filter((lang) => into === null || lang === into)
        .map((lang) => ({ entry, lang, index })),
    );
    const focused = document.activeElement?.getAttribute('data-translation');
    const from = pairs.findIndex((pair) => fieldKey(pair.entry, pair.lang) === focused);
    const order = [...pairs.slice(from + 1), ...pairs.slice(0, from + 1)];
    const next = order.find(
      (pair) => statusIn(pair.entry, pair.lang) === 'missing' && fieldKey(pair.entry, pair.lang) !== focused,
    );
    if (!next) return null;
    setPending(fieldKey(next.entry, next.lang));
    return next.index;
  }, [entries, languages, into]);

  return go;
}
