import type { Language } from '@shared/i18n/languages';
import type { ItineraryItemInput } from '@shared/itinerary/input';
import type { Trip } from '@shared/model';
import { useState } from 'react';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HostPersonPicker } from '../../components/hostPeople/HostPersonPicker';
import { PersonShown } from '../../components/hostPeople/PersonShown';
import { LocalizedInputs } from '../../components/LocalizedInputs';
import { useHostPeople } from '../../data/hooks/useHostPeople';

interface HostFieldsProps {
  trip: Pick<Trip, 'id' | 'languages'>;
  register: UseFormRegister<ItineraryItemInput>;
  control: Control<ItineraryItemInput>;
  errors: FieldErrors<ItineraryItemInput>;
  /** The language in which the host's name is required (visits only). */
  requiredLanguage: Language | null;
}

/**
 * The host organisation: its name in each language, its address, the people
 * to meet, each picked from the trip's directory of host people (or added to
 * it on the spot) and kept as a copy naming its entry; a copy from before the
 * directory still shows, and is replaced by a pick.
 */
export function HostFields({ trip, register, control, errors, requiredLanguage }: HostFieldsProps) {
  const { t } = useTranslation(['itinerary', 'common', 'people']);
  const contacts = useFieldArray({ control, name: 'host.contacts' });
  const directory = useHostPeople(trip.id);
  const [replacing, setReplacing] = useState<number | null>(null);
  return (
    <fieldset className="fieldset">
      <legend>{t('form.hostLegend')}</legend>
      <LocalizedInputs
        label={(lang) => t(`form.hostName.${lang}`)}
        input={(lang) => register(`host.name.${lang}`)}
        errors={errors.host?.name}
        requiredLanguage={requiredLanguage}
      />
      <LocalizedInputs
        label={(lang) => t(`form.address.${lang}`)}
        input={(lang) => register(`host.address.${lang}`)}
        errors={errors.host?.address}
      />
      <fieldset className="fieldset contacts">
        <legend>{t('form.contactsLegend')}</legend>
        <p className="field__hint">{t('form.contactsHint')}</p>
        <ul className="contacts__list">
          {contacts.fields.map((field, index) => (
            <li key={field.id} className="contact-row" aria-label={t('form.contactN', { n: index + 1 })}>
              {replacing === index ? (
                <HostPersonPicker
                  directory={directory}
                  trip={trip}
                  label={t('form.replaceWith', { n: index + 1 })}
                  autoFocus
                  onPick={(person) => {
                    contacts.update(index, person);
                    setReplacing(null);
                  }}
                  onDismiss={() => setReplacing(null)}
                />
              ) : (
                <PersonShown copy={field} trip={trip} directory={directory} />
              )}
              <div className="contact-row__actions">
                {replacing === index ? (
                  <button type="button" className="button button--small" onClick={() => setReplacing(null)}>
                    {t('common:actions.cancel')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('form.replaceContact', { n: index + 1 })}
                    onClick={() => setReplacing(index)}
                  >
                    {t('people:picker.replace')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  onClick={() => {
                    contacts.remove(index);
                    setReplacing(null);
                  }}
                >
                  {t('form.removeContact', { n: index + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ul>
        <HostPersonPicker
          directory={directory}
          trip={trip}
          label={t('form.pickContact')}
          onPick={(person) => contacts.append(person)}
        />
      </fieldset>
    </fieldset>
  );
}
