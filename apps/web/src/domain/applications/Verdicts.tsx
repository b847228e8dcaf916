import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { useLocale } from '../app/i18n/useLocale';

type Verdict = components['schemas']['EligibilityVerdictDto'];

/** Each eligibility rule with its verdict and its reason in the reader's language. */
export function Verdicts({ verdicts, testId }: { verdicts: Verdict[]; testId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="verdicts" data-testid={testId}>
      {verdicts.map((verdict) => (
        <li key={verdict.rule} className={verdict.pass ? 'verdict verdict--pass' : 'verdict verdict--fail'} data-rule={verdict.rule} data-pass={verdict.pass}>
          <span className={`hds-icon hds-icon--size-s hds-icon--${verdict.pass ? 'check-circle-fill' : 'error-fill'}`} aria-hidden="true" />
          <div>
            <strong>
              {verdict.pass ? t('applications.verdict.pass') : t('applications.verdict.fail')}: {t(`eligibilityRules.${verdict.rule}`)}
            </strong>
            <span className="verdict__reason">{verdict.reason[locale]}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
