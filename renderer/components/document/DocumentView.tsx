import type { ReportDocument } from '@shared/report/document';
import { BlockIn, SideBySide } from './DocumentBlock';
import { Cells, CellText, keyed } from './DocumentText';
import './document.css';

/** A section's id on the page: apart from the app's own ids, and the name its heading's page is known by. */
export const sectionId = (anchor: string) => `doc-${anchor}`;

/**
 * A document of the report's model (the post-trip report, a visit's
 * summary) as it will be printed: the print view its PDF is made from
 * (Chromium's printing of the page, the app around it hidden), and its
 * preview on screen. React escapes every text, so nothing a member typed
 * can become markup. Its contents gives the page each section begins on
 * once a first print has told (`pages`, by the id of each section, as
 * shared/report/pdfPages.ts reads them), and keeps the room for them before.
 */
export function DocumentView({
  document,
  pages,
}: {
  document: ReportDocument;
  pages?: ReadonlyMap<string, number> | undefined;
}) {
  const { languages, arrangement } = document;
  const scrollTo = (anchor: string) => window.document.getElementById(sectionId(anchor))?.scrollIntoView();
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
                href={`#${sectionId(section.anchor)}`}
                onClick={(event) => {
                  event.preventDefault();
                  scrollTo(section.anchor);
                }}
              >
                <span className="doc__contents-heading">
                  <Cells cell={section.heading} langs={languages} />
                </span>
                <span className="doc__contents-page">{pages?.get(sectionId(section.anchor)) ?? ''}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {document.sections.map((section) => (
        <section key={section.anchor} id={sectionId(section.anchor)} className="doc__section">
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
