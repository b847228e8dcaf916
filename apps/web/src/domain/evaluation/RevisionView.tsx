import { useTranslation } from 'react-i18next';
import { Paragraphs } from '../../common/components/text/Paragraphs';
import { formatDateTime, formatMoney, formatPeriod } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import type { ReviewDetail } from './queries';

interface Snapshot {
  title?: string;
  summary?: string | null;
  plan?: string | null;
  expectedImpact?: string | null;
  kpis?: { id: string; name: string; baseline: string; target: string }[];
  budgetLines?: { id: string; category: string; description: string; amountCents: number; eligible: boolean }[];
  totals?: { totalCents: number; eligibleTotalCents: number };
  requestedGrantCents?: number | null;
  pilotPeriod?: { start: string; end: string } | null;
  consortium?: { lead: { name: string; homeMunicipality: string }; partners: { name: string; homeMunicipality: string }[] };
}

/** The application exactly as the revision the review pins was submitted (`caption` says whose view it is, if not the evaluator's). */
export function RevisionView({ revision, caption }: { revision: ReviewDetail['revision']; caption?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const snapshot = revision.snapshot as Snapshot;
  return (
    <article className="revision" aria-labelledby="revision-title" data-testid="pinned-revision">
      <h2 id="revision-title">{snapshot.title}</h2>
      <p className="card__meta">{caption ?? t('evaluation.review.revision', { number: revision.number, at: formatDateTime(revision.submittedAt, locale) })}</p>
      <dl className="facts">
        {snapshot.consortium && (
          <>
            <dt>{t('evaluation.review.consortium')}</dt>
            <dd>
              {[snapshot.consortium.lead, ...snapshot.consortium.partners].map((org) => `${org.name} (${org.homeMunicipality})`).join(', ')}
            </dd>
          </>
        )}
        <dt>{t('evaluation.review.requested')}</dt>
        <dd>{snapshot.requestedGrantCents != null ? formatMoney(snapshot.requestedGrantCents, locale) : '–'}</dd>
        {snapshot.totals && (
          <>
            <dt>{t('evaluation.review.eligibleCosts')}</dt>
            <dd>{formatMoney(snapshot.totals.eligibleTotalCents, locale)}</dd>
          </>
        )}
        {snapshot.pilotPeriod && (
          <>
            <dt>{t('evaluation.review.period')}</dt>
            <dd>{formatPeriod(snapshot.pilotPeriod.start, snapshot.pilotPeriod.end, locale)}</dd>
          </>
        )}
      </dl>
      {(['summary', 'plan', 'expectedImpact'] as const).map((field) =>
        snapshot[field] ? (
          <section key={field}>
            <h3>{t(`evaluation.review.fields.${field}`)}</h3>
            <Paragraphs text={snapshot[field]!} />
          </section>
        ) : null,
      )}
      {snapshot.kpis && snapshot.kpis.length > 0 && (
        <section>
          <h3>{t('evaluation.review.fields.kpis')}</h3>
          <ul>
            {snapshot.kpis.map((kpi) => (
              <li key={kpi.id}>{t('evaluation.review.kpi', { name: kpi.name, baseline: kpi.baseline, target: kpi.target })}</li>
            ))}
          </ul>
        </section>
      )}
      {snapshot.budgetLines && snapshot.budgetLines.length > 0 && (
        <section>
          <h3>{t('evaluation.review.fields.budget')}</h3>
          <ul>
            {snapshot.budgetLines.map((line) => (
              <li key={line.id}>
                {t(`budgetCategories.${line.category}`)}: {line.description} — {formatMoney(line.amountCents, locale)}
                {!line.eligible && ` (${t('evaluation.review.notEligible')})`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
