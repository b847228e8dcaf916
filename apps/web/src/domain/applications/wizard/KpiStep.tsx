import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../common/components/button/Button';
import { TextField } from '../fields';
import type { StepProps } from './ApplicationWizard';

/** The key performance indicators: each with its name, where it is now and where the pilot takes it. */
export function KpiStep({ form }: StepProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'kpis', keyName: 'key' });
  const add = () => {
    append({ name: '', baseline: '', target: '' }, { shouldFocus: false });
    window.setTimeout(() => document.getElementById(`field-kpis-${fields.length}-name`)?.focus(), 0);
  };
  return (
    <>
      <p>{t('applications.kpis.intro')}</p>
      {fields.length === 0 && <p data-testid="no-kpis">{t('applications.kpis.none')}</p>}
      {fields.map((field, i) => (
        <fieldset key={field.key} className="row-fieldset" data-testid="kpi">
          <legend>{t('applications.kpis.legend', { n: i + 1 })}</legend>
          <div className="row-fields">
            <TextField form={form} name={`kpis.${i}.name`} label={t('applications.kpis.name')} required />
            <TextField form={form} name={`kpis.${i}.baseline`} label={t('applications.kpis.baseline')} />
            <TextField form={form} name={`kpis.${i}.target`} label={t('applications.kpis.target')} required />
          </div>
          <Button variant="secondary" onClick={() => remove(i)} aria-label={t('applications.kpis.removeNamed', { n: i + 1 })}>
            {t('applications.remove')}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={add}>
        {t('applications.kpis.add')}
      </Button>
    </>
  );
}
