import { LANGUAGE_AUTONYMS, type Language } from '@shared/i18n/languages';
import type { ReportOptions as CompileOptions } from '@shared/report/compile';
import type { SectionKind } from '@shared/report/document';
import { useTranslation } from 'react-i18next';

export interface ReportChoices {
  layout: CompileOptions['layout'];
  /** Every section kind in the order chosen, each with whether it is in the report. */
  sections: { kind: SectionKind; included: boolean }[];
  japaneseEra: boolean;
}

interface Props {
  /** The delegation's language, then the hosts'. */
  languages: readonly [Language, Language];
  choices: ReportChoices;
  /** Whether this member may arrange the sections (organisers do, for the whole delegation). */
  canArrange: boolean;
  /** Whether the document has sections to choose (the whole report does, one visit's summary not). */
  showSections: boolean;
  onChange: (choices: ReportChoices) => void;
}

/** What goes into the report and how: its languages, which sections in which order, the Japanese era. */
export function ReportOptions({ languages, choices, canArrange, showSections, onChange }: Props) {
  const { t } = useTranslation('report');
  const [home, host] = languages;
  const layouts: [CompileOptions['layout'], string][] = [
    [home, LANGUAGE_AUTONYMS[home]],
    ...(home === host
      ? []
      : ([
          [host, LANGUAGE_AUTONYMS[host]],
          ['sideBySide', t('screen.sideBySide', { first: LANGUAGE_AUTONYMS[home], second: LANGUAGE_AUTONYMS[host] })],
          [
            'oneAfterOther',
            t('screen.oneAfterOther', { first: LANGUAGE_AUTONYMS[home], second: LANGUAGE_AUTONYMS[host] }),
          ],
        ] as [CompileOptions['layout'], string][])),
  ];
  const move = (index: number, by: -1 | 1) => {
    const sections = [...choices.sections];
    const [moved] = sections.splice(index, 1);
    if (!moved) return;
    sections.splice(index + by, 0, moved);
    onChange({ ...choices, sections });
  };
  const bilingual = choices.layout === 'sideBySide' || choices.layout === 'oneAfterOther';
  const showsJapanese = choices.layout === 'ja' || (bilingual && languages.includes('ja'));
  return (
    <div className="report-options">
      <fieldset>
        <legend>{t('screen.languages')}</legend>
        {layouts.map(([layout, label]) => (
          <label key={layout} className="report-options__choice">
            <input
              type="radio"
              name="report-layout"
              checked={choices.layout === layout}
              onChange={() => onChange({ ...choices, layout })}
            />
            {label}
          </label>
        ))}
        {showsJapanese ? (
          <label className="report-options__choice">
            <input
              type="checkbox"
              checked={choices.japaneseEra}
              onChange={(event) => onChange({ ...choices, japaneseEra: event.target.checked })}
            />
            {t('screen.japaneseEra')}
          </label>
        ) : null}
      </fieldset>
      {showSections ? (
        <fieldset>
          <legend>{t('screen.sections')}</legend>
          {canArrange ? null : <p className="muted">{t('screen.arrangedByOrganisers')}</p>}
          <ol className="report-options__sections">
            {choices.sections.map((section, index) => {
              const name = t(`sections.${section.kind}`);
              return (
                <li key={section.kind}>
                  <label className="report-options__choice">
                    <input
                      type="checkbox"
                      disabled={!canArrange}
                      checked={section.included}
                      onChange={(event) =>
                        onChange({
                          ...choices,
                          sections: choices.sections.map((other) =>
                            other.kind === section.kind ? { ...other, included: event.target.checked } : other,
                          ),
                        })
                      }
                    />
                    {name}
                  </label>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={!canArrange || index === 0}
                    aria-label={t('screen.moveUp', { section: name })}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={!canArrange || index === choices.sections.length - 1}
                    aria-label={t('screen.moveDown', { section: name })}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                </li>
              );
            })}
          </ol>
        </fieldset>
      ) : null}
    </div>
  );
}
