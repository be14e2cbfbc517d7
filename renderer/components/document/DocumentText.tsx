import type { Language } from '@shared/i18n/languages';
import type { Cell, TextPart } from '@shared/report/document';
import { reportWords } from '@shared/report/words';

/**
 * A document's parts keyed by their place: a compiled report is rebuilt
 * whole, never reordered in place, so the place is each part's identity.
 */
export function keyed<T>(parts: readonly T[]): { key: string; part: T }[] {
  return parts.map((part, place) => ({ key: String(place), part }));
}

/**
 * A text's stretches, the reading of each that has one over it (furigana),
 * in brackets where ruby is not shown, as the People screen has it.
 */
function WithReadings({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {keyed(parts).map(({ key, part }) =>
        part.reading ? (
          <ruby key={key}>
            {part.text}
            <rp>（</rp>
            <rt>{part.reading}</rt>
            <rp>）</rp>
          </ruby>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/**
 * A cell's text in one language, marked with it (`lang`: the browser picks
 * the font and line breaking by it), a Japanese name's reading over it. A
 * text not translated yet says so in the reader's language, with its
 * original beside it when there is one.
 */
export function CellText({ cell, lang }: { cell: Cell; lang: Language }) {
  const text = cell.texts.find((candidate) => candidate.lang === lang);
  if (!text) return null;
  if (text.status !== 'missing')
    return <span lang={text.lang}>{text.parts ? <WithReadings parts={text.parts} /> : text.text}</span>;
  return (
    <>
      <span lang={lang} className="doc__missing">
        [{reportWords(lang).status.missing}]
      </span>
      {text.original?.text ? (
        <>
          {' '}
          <span lang={text.original.lang} className="doc__original">
            {text.original.text}
          </span>
        </>
      ) : null}
    </>
  );
}

/** A cell in several languages on one line, each marked with its own: "A / B". */
export function Cells({ cell, langs }: { cell: Cell; langs: readonly Language[] }) {
  return (
    <>
      {langs.map((lang, index) => (
        <span key={lang}>
          {index > 0 ? ' / ' : null}
          <CellText cell={cell} lang={lang} />
        </span>
      ))}
    </>
  );
}
