import { LANGUAGE_AUTONYMS, type Language } from '@shared/i18n/languages';
import type { Block, Cell } from '@shared/report/document';
import { reportWords } from '@shared/report/words';
import type { ReactNode } from 'react';
import { Cells, CellText, keyed } from './DocumentText';

function Labels({ cells, lang }: { cells: readonly (Cell | null)[]; lang: Language }) {
  const present = cells.filter((cell): cell is Cell => cell !== null);
  if (present.length === 0) return null;
  return (
    <p className="doc__labels">
      {keyed(present).map(({ key, part }) => (
        <span key={key}>
          {key !== '0' ? ' · ' : null}
          <CellText cell={part} lang={lang} />
        </span>
      ))}
    </p>
  );
}

/** A table of facts (itinerary, roster): every cell in each of the document's languages, one under the other. */
function DataTable({ block, languages }: { block: Extract<Block, { type: 'table' }>; languages: readonly Language[] }) {
  const stacked = (cell: Cell) =>
    languages.map((lang) => (
      <div key={lang}>
        <CellText cell={cell} lang={lang} />
      </div>
    ));
  return (
    <table className="doc__table">
      <thead>
        <tr>
          {keyed(block.columns).map(({ key, part }) => (
            <th key={key} scope="col">
              {stacked(part)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keyed(block.rows).map(({ key, part }) => (
          <tr key={key}>
            {keyed(part).map((cell) => (
              <td key={cell.key}>{stacked(cell.part)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A block in its languages: one (a column of a side-by-side table, or one
 * after the other), or all at once for what stands between the columns
 * (a heading, the facts of a visit: "3. 지방의 과학기술 예산 / 3. 地方の科学技術予算").
 */
export function BlockIn({ block, langs }: { block: Block; langs: readonly Language[] }) {
  const lang = langs[0] ?? 'ko';
  const words = reportWords(lang);
  const text = (cell: Cell) => (
    <p className="doc__text">
      <Cells cell={cell} langs={langs} />
    </p>
  );
  switch (block.type) {
    case 'heading': {
      const Heading = block.level === 3 ? 'h3' : 'h4';
      return (
        <Heading>
          <Cells cell={block.cell} langs={langs} />
        </Heading>
      );
    }
    case 'text':
      return (
        <div className="doc__block">
          <Labels cells={block.labels} lang={lang} />
          {text(block.cell)}
        </div>
      );
    case 'exchange':
      return (
        <div className="doc__block">
          <p className="doc__text">
            <strong lang={lang}>{words.qa.question}: </strong>
            <Cells cell={block.question} langs={langs} />
          </p>
          <p className="doc__text">
            <strong lang={lang}>{words.qa.answer}: </strong>
            <Cells cell={block.answer} langs={langs} />
          </p>
          <Labels cells={[block.where, block.askedBy, block.answeredBy]} lang={lang} />
        </div>
      );
    case 'placeholder':
      return (
        <p className="doc__placeholder">
          <Cells cell={block.cell} langs={langs} />
        </p>
      );
    case 'fields':
      return (
        <dl className="doc__fields">
          {keyed(block.rows).map(({ key, part }) => (
            <div key={key}>
              <dt>
                <Cells cell={part.label} langs={langs} />
              </dt>
              <dd>
                <Cells cell={part.value} langs={langs} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul>
          {keyed(block.items).map(({ key, part }) => (
            <li key={key}>
              <Cells cell={part} langs={langs} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <DataTable block={block} languages={langs} />;
  }
}

/**
 * Blocks side by side: each run of members' texts and Q&A notes is a table,
 * a row per block and a column per language, under a header naming them that
 * repeats on every printed page; headings, facts and tables stand between
 * such tables, in every language at once (as the HTML export has them).
 */
export function SideBySide({ blocks, languages }: { blocks: readonly Block[]; languages: readonly Language[] }) {
  const parts: ReactNode[] = [];
  let rows: Block[] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const these = rows;
    parts.push(
      <table key={parts.length} className="doc__columns">
        <thead>
          <tr>
            {languages.map((lang) => (
              <th key={lang} scope="col" lang={lang}>
                {LANGUAGE_AUTONYMS[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keyed(these).map(({ key, part }) => (
            <tr key={key}>
              {languages.map((lang) => (
                <td key={lang}>
                  <BlockIn block={part} langs={[lang]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>,
    );
    rows = [];
  };
  for (const block of blocks) {
    if (block.type === 'text' || block.type === 'exchange') {
      rows.push(block);
      continue;
    }
    flush();
    parts.push(
      block.type === 'table' ? (
        <DataTable key={parts.length} block={block} languages={languages} />
      ) : (
        <BlockIn key={parts.length} block={block} langs={languages} />
      ),
    );
  }
  flush();
  return <>{parts}</>;
}
