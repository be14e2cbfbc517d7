import type { ReportDocument } from '@shared/report/document';
import { BlockIn, Cells, CellText, keyed, SideBySide } from './DocumentBlock';
import './document.css';

/**
 * A document of the report's model (the post-trip report, a visit's
 * summary) as it will be printed: the print view its PDF is made from
 * (Chromium's printing of the page, the app around it hidden), and its
 * preview on screen. React escapes every text, so nothing a member typed
 * can become markup.
 */
export function DocumentView({ document }: { document: ReportDocument }) {
  const { languages, arrangement } = document;
  const scrollTo = (anchor: string) => window.document.getElementById(`doc-${anchor}`)?.scrollIntoView();
  return (
    <article
      className="doc"
      aria-label={[...new Set(document.title.texts.map((text) => text.text))].filter(Boolean).join(' / ')}
    >
      {languages.map((lang) => (
        <h1 key={lang} className="doc__title">
          <CellText cell={document.title} lang={lang} />
        </h1>
      ))}
      {keyed(document.about).flatMap(({ key, part }) =>
        languages.map((lang) => <BlockIn key={`${key}-${lang}`} block={part} langs={[lang]} />),
      )}
      <nav className="doc__contents">
        <h2>
          <Cells cell={document.contentsHeading} langs={languages} />
        </h2>
        <ol>
          {document.sections.map((section) => (
            <li key={section.anchor}>
              <a
                href={`#doc-${section.anchor}`}
                onClick={(event) => {
                  event.preventDefault();
                  scrollTo(section.anchor);
                }}
              >
                <Cells cell={section.heading} langs={languages} />
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {document.sections.map((section) => (
        <section key={section.anchor} id={`doc-${section.anchor}`} className="doc__section">
          <h2>
            <Cells cell={section.heading} langs={languages} />
          </h2>
          {arrangement === 'sideBySide' && languages.length > 1 ? (
            <SideBySide blocks={section.blocks} languages={languages} />
          ) : (
            keyed(section.blocks).flatMap(({ key, part }) =>
              languages.map((lang) => <BlockIn key={`${key}-${lang}`} block={part} langs={[lang]} />),
            )
          )}
        </section>
      ))}
    </article>
  );
}
