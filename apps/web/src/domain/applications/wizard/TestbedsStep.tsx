import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from '../../../common/components/spinner/LoadingSpinner';
import { useLocale } from '../../app/i18n/useLocale';
import { useTestbedsById } from '../../testbeds/queries';
import { TextField } from '../fields';
import type { StepProps } from './ApplicationWizard';

/** The call's test beds the pilot would use, and the pilot period against the call's limits on its length. */
export function TestbedsStep({ form, call }: StepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const beds = useTestbedsById(locale, call.testbedIds);
  const selected = useWatch({ control: form.control, name: 'testbedIds' });
  const toggle = (id: string, on: boolean) =>
    form.setValue('testbedIds', on ? [...selected.filter((each) => each !== id), id] : selected.filter((each) => each !== id), { shouldDirty: true });

  return (
    <>
      <fieldset className="plain-fieldset">
        <legend>
          <h2>{t('applications.testbeds.title')}</h2>
        </legend>
        <p>{t('applications.testbeds.intro')}</p>
        {call.testbedIds.length === 0 ? (
          <p>{t('applications.testbeds.none')}</p>
        ) : beds.isPending ? (
          <LoadingSpinner small />
        ) : (
          <ul className="checkbox-list">
            {(beds.data ?? []).map((bed) => (
              <li key={bed.id} className="hds-checkbox">
                <input
                  id={`testbed-${bed.id}`}
                  className="hds-checkbox__input"
                  type="checkbox"
                  checked={selected.includes(bed.id)}
                  onChange={(event) => toggle(bed.id, event.target.checked)}
                />
                <label htmlFor={`testbed-${bed.id}`} className="hds-checkbox__label">
                  {bed.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <h2>{t('applications.testbeds.period')}</h2>
      <p>{t('applications.testbeds.periodIntro', { min: call.durationMinMonths, max: call.durationMaxMonths })}</p>
      <div className="row-fields">
        <TextField form={form} name="pilotStart" type="date" label={t('applications.testbeds.start')} />
        <TextField form={form} name="pilotEnd" type="date" label={t('applications.testbeds.end')} />
      </div>
    </>
  );
}
