import { LANGUAGES } from '@shared/i18n/languages';
import { formatOffset, utcOffsetMinutes } from '@shared/itinerary/utcOffset';
import type { ZoneMatch } from '@shared/itinerary/zones';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../services/useLanguage';

interface ZoneOptionProps {
  id: string;
  match: ZoneMatch;
  selected: boolean;
  /** The instant whose offset and local time are shown (now). */
  at: Date;
  onPick: () => void;
}

/**
 * One suggestion: the place in the interface language, and the name typed when it was
 * another ('오사카 (大阪)'), its zone, the zone's offset and its local time now.
 */
export function ZoneOption({ id, match, selected, at, onPick }: ZoneOptionProps) {
  const { t } = useTranslation();
  const ui = useLanguage();
  // A place's names start in Korean, Japanese, English: the order of LANGUAGES.
  const name = match.place?.[LANGUAGES.indexOf(ui)];
  const typedLang = LANGUAGES[match.place?.indexOf(match.matched) ?? -1];
  const time = at.toLocaleTimeString(ui, { timeZone: match.zone, hour: 'numeric', minute: '2-digit' });
  return (
    // The keyboard stays in the combobox's input (arrows, Enter): an option is pointed at, never focused.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input's keys pick the active option
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={selected}
      className="zone-input__option"
      // Keeps the focus in the input, so that picking does not first leave the field.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <span className="zone-input__place">
        {name ? <span lang={ui}>{name}</span> : null}
        {name && match.matched !== name ? (
          <>
            {' ('}
            <span lang={typedLang}>{match.matched}</span>
            {')'}
          </>
        ) : null}
        {name ? ' — ' : null}
        {match.zone} ({formatOffset(utcOffsetMinutes(match.zone, at))})
      </span>
      <span className="zone-input__time">{t('timeZone.localTime', { time })}</span>
    </div>
  );
}
