import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { Call } from '../../../api/types';
import { Countdown } from '../../../common/components/countdown/Countdown';
import { Link } from '../../../common/components/link/Link';
import { PageTitle } from '../../../common/components/pageTitle/PageTitle';
import { useLocale } from '../../app/i18n/useLocale';
import { paths } from '../../app/paths';
import type { Application, DraftValues } from '../draft';
import { useApplication } from '../queries';
import { type Step, stepsOf } from '../steps';
import { initialDraft, useAutosave } from '../useAutosave';
import { BudgetStep } from './BudgetStep';
import { ConflictView } from './ConflictView';
import { ConsortiumStep } from './ConsortiumStep';
import { KpiStep } from './KpiStep';
import { PlanStep } from './PlanStep';
import { ReviewStep } from './ReviewStep';
import { SaveStatusText } from './SaveStatusText';
import { TestbedsStep } from './TestbedsStep';
import '../applications.css';

export interface StepProps {
  form: ReturnType<typeof useForm<DraftValues>>;
  application: Application;
  call: Call;
}

/**
 * The application in steps. One form holds every step (moving between steps keeps it), saved as
 * the user types; each step has its own address, and its name is the page's heading, which takes
 * focus on a move. A conflict with someone else's save replaces the step until it is resolved.
 */
export function ApplicationWizard({ application, call, step }: { application: Application; call: Call; step: Step }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [initial] = useState(() => initialDraft(application, locale));
  const form = useForm<DraftValues>({ defaultValues: initial.values, mode: 'onChange' });
  const autosave = useAutosave(form, application, initial.baseVersion, locale);
  const live = useApplication(application.id).data ?? application;
  const title = useWatch({ control: form.control, name: 'title' });
  const steps = stepsOf(call);
  const idea = call.secondStageId !== null;
  // An idea's "plan" is the idea itself: a page about it.
  const nameOf = (each: Step) => t(idea && each === 'plan' ? 'applications.idea.step' : `applications.steps.${each}`);
  const index = steps.indexOf(step);
  const stepName = nameOf(step);
  const foreign = call.language !== locale ? call.language : undefined;

  return (
    <div className="container wizard">
      <PageTitle title={`${stepName} – ${title || application.title}`} />
      <p className="back-link">
        <Link to={paths.applications(locale)}>{t('applications.backToList')}</Link>
      </p>
      <p className="wizard__context">
        <strong>{title || application.title}</strong> · {idea && `${t('applications.idea.kind')} · `}
        <span lang={foreign}>{call.title}</span>
      </p>
      {application.ideaApplicationId && (
        <p data-testid="carried-over">
          {t('applications.idea.carriedOver')} <Link to={paths.application(locale, application.ideaApplicationId)}>{t('applications.idea.toIdea')}</Link>
        </p>
      )}
      <h1>
        <span className="visually-hidden">{t('applications.stepOf', { n: index + 1, count: steps.length })} </span>
        {stepName}
      </h1>
      <div className="wizard__meta">
        <Countdown deadline={String(call.closesAt)} />
        <SaveStatusText status={autosave.status} error={autosave.error} />
      </div>
      <nav className="wizard__steps" aria-label={t('applications.stepsLabel')}>
        <ol>
          {steps.map((each, i) => (
            <li key={each}>
              <NavLink to={paths.applicationStep(locale, application.id, each)} className="wizard__step">
                <span className="wizard__step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {nameOf(each)}
              </NavLink>
            </li>
          ))}
        </ol>
      </nav>
      {autosave.conflict && (
        <ConflictView mine={form.getValues()} myBase={autosave.base()} theirs={autosave.conflict} onKeepMine={autosave.keepMine} onTakeTheirs={autosave.takeTheirs} />
      )}
      <form className="wizard__form" noValidate onSubmit={(event) => event.preventDefault()} hidden={!!autosave.conflict}>
        {step === 'consortium' && <ConsortiumStep form={form} application={live} call={call} />}
        {step === 'plan' && <PlanStep form={form} application={live} call={call} />}
        {step === 'kpis' && <KpiStep form={form} application={live} call={call} />}
        {step === 'budget' && <BudgetStep form={form} application={live} call={call} />}
        {step === 'testbeds' && <TestbedsStep form={form} application={live} call={call} />}
        {step === 'review' && <ReviewStep form={form} application={live} call={call} flush={autosave.flush} />}
      </form>
      {!autosave.conflict && (
        <div className="actions wizard__pager">
          {index > 0 && <Link to={paths.applicationStep(locale, application.id, steps[index - 1])}>{t('applications.previous', { step: nameOf(steps[index - 1]) })}</Link>}
          {index < steps.length - 1 && (
            <Link button to={paths.applicationStep(locale, application.id, steps[index + 1])}>
              {t('applications.next', { step: nameOf(steps[index + 1]) })}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
