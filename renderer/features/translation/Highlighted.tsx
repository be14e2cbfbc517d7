import type { Language } from '@shared/i18n/languages';
import { findTerms, type Term } from '@shared/translation/glossary';
import type { ReactNode } from 'react';

/**
 * A text with the glossary's terms marked, each mark's tooltip giving the
 * counterparts agreed for the languages it is translated into.
 */
export function Highlighted({
  text,
  lang,
  terms,
  targets,
}: {
  text: string;
  lang: Language;
  terms: readonly Term[];
  targets: readonly Language[];
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of findTerms(text, lang, terms)) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    const counterparts = targets.flatMap((target) => match.term.term[target] ?? []).join(' / ');
    parts.push(
      <mark key={match.start} title={counterparts} className="translation__term">
        {text.slice(match.start, match.end)}
      </mark>,
    );
    at = match.end;
  }
  parts.push(text.slice(at));
  return (
    <p lang={lang} className="translation__original-text">
      {parts}
    </p>
  );
}
