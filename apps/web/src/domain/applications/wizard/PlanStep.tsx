import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../fields';
import type { StepProps } from './ApplicationWizard';

/** The project: its title, a summary, the plan and the impact expected; an idea's title and its page. */
export function PlanStep({ form, call }: StepProps) {
  const { t } = useTranslation();
  if (call.secondStageId) {
    return (
      <div className="form">
        <p>{t('applications.idea.intro')}</p>
        <TextField form={form} name="title" label={t('applications.plan.title')} required />
        <TextAreaField form={form} name="summary" label={t('applications.idea.text')} helperText={t('applications.idea.textHelp')} rows={14} />
      </div>
    );
  }
  return (
    <div className="form">
      <TextField form={form} name="title" label={t('applications.plan.title')} required />
      <TextAreaField form={form} name="summary" label={t('applications.plan.summary')} helperText={t('applications.plan.summaryHelp')} rows={3} />
      <TextAreaField form={form} name="plan" label={t('applications.plan.plan')} helperText={t('applications.plan.planHelp')} rows={8} />
      <TextAreaField form={form} name="expectedImpact" label={t('applications.plan.impact')} helperText={t('applications.plan.impactHelp')} rows={5} />
    </div>
  );
}
