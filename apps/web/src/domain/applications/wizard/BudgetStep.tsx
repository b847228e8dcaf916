import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../common/components/button/Button';
import { formatMoney } from '../../app/i18n/format';
import { useLocale } from '../../app/i18n/useLocale';
import { BUDGET_CATEGORIES, checkBudget } from '../draft';
import { CheckboxField, SelectField, TextField } from '../fields';
import type { StepProps } from './ApplicationWizard';

/**
 * The budget lines with their totals as they are typed, and the grant requested against what the
 * call allows: its funding rate of the eligible costs and its maximum grant.
 */
export function BudgetStep({ form, call }: StepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'budgetLines', keyName: 'key' });
  const budgetLines = useWatch({ control: form.control, name: 'budgetLines' });
  const requestedGrant = useWatch({ control: form.control, name: 'requestedGrant' });
  const check = checkBudget({ budgetLines, requestedGrant }, call);
  const money = (cents: number) => formatMoney(cents, locale);
  const add = () => {
    append({ category: 'personnel', description: '', amount: '', eligible: true }, { shouldFocus: false });
    window.setTimeout(() => document.getElementById(`field-budgetLines-${fields.length}-category`)?.focus(), 0);
  };
  const grantProblem = check.overCap
    ? t('applications.budget.overCap', { cap: money(check.capCents) })
    : check.overRate
      ? t('applications.budget.overRate', { percent: call.fundingRatePercent, limit: money(check.rateLimitCents) })
      : undefined;

  return (
    <>
      {call.secondStageId && <p>{t('applications.idea.budget')}</p>}
      <p>{t('applications.budget.intro', { percent: call.fundingRatePercent, cap: money(call.maxGrantCents) })}</p>
      {fields.map((field, i) => (
        <fieldset key={field.key} className="row-fieldset" data-testid="budget-line">
          <legend>{t('applications.budget.legend', { n: i + 1 })}</legend>
          <div className="row-fields">
            <SelectField
              form={form}
              name={`budgetLines.${i}.category`}
              label={t('applications.budget.category')}
              options={BUDGET_CATEGORIES.map((category) => ({ value: category, label: t(`budgetCategories.${category}`) }))}
            />
            <TextField form={form} name={`budgetLines.${i}.description`} label={t('applications.budget.description')} required />
            <TextField form={form} name={`budgetLines.${i}.amount`} label={t('applications.budget.amount')} inputMode="decimal" required />
          </div>
          <CheckboxField form={form} name={`budgetLines.${i}.eligible`} label={t('applications.budget.eligible')} />
          <Button variant="secondary" onClick={() => remove(i)} aria-label={t('applications.budget.removeNamed', { n: i + 1 })}>
            {t('applications.remove')}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={add}>
        {t('applications.budget.add')}
      </Button>

      <h2>{t('applications.budget.totals')}</h2>
      <dl className="facts" data-testid="budget-totals">
        <dt>{t('applications.budget.total')}</dt>
        <dd data-testid="total">{money(check.totalCents)}</dd>
        <dt>{t('applications.budget.eligibleTotal')}</dt>
        <dd data-testid="eligible-total">{money(check.eligibleTotalCents)}</dd>
        <dt>{t('applications.budget.maxGrant')}</dt>
        <dd data-testid="max-grant">{t('applications.budget.maxGrantValue', { max: money(check.maxCents), percent: call.fundingRatePercent, cap: money(check.capCents) })}</dd>
      </dl>
      <div className="form narrow grant-field">
        <TextField
          form={form}
          name="requestedGrant"
          label={t('applications.budget.requested')}
          helperText={grantProblem ?? t('applications.budget.requestedHelp', { max: money(check.maxCents) })}
          inputMode="decimal"
        />
      </div>
      <p className={grantProblem ? 'grant-check grant-check--over' : 'grant-check'} role="status" data-testid="grant-check">
        {grantProblem ?? (check.requestedCents !== null ? t('applications.budget.withinLimits', { requested: money(check.requestedCents) }) : '')}
      </p>
    </>
  );
}
