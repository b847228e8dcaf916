import { StatusLabel } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDecimal } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { leaningOf, moveOf } from './calibration';
import { EVALUATION_MESSAGES } from './messages';
import { type Calibration, useCalibration, useStaffCall } from './queries';
import './evaluation.css';

/**
 * The coordinator's view of calibrated scores: each evaluator's leaning and how many reviews it
 * rests on, the raw and calibrated totals side by side, and the ranks calibration would change.
 */
export function CalibrationPage() {
  useFeatureMessages(EVALUATION_MESSAGES);
  const { id = '' } = useParams();
  return <RequireSignIn>{() => <CallCalibration key={id} callId={id} />}</RequireSignIn>;
}

/** A signed figure that reads the same in every language: `+1,5`, `−2`, `0`. */
function signed(value: number, locale: Locale): string {
  const text = formatDecimal(Math.abs(value), locale);
  if (text === '0') return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

function CallCalibration({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const call = useStaffCall(callId, locale);
  const calibration = useCalibration(callId);

  if (call.isPending || calibration.isPending) return <LoadingSpinner />;
  const failed = call.error ?? calibration.error;
  if (failed || !call.data || !calibration.data) {
    return (
      <div className="container">
        <ErrorMessage error={failed} onRetry={() => void Promise.all([call.refetch(), calibration.refetch()])} />
      </div>
    );
  }
  const data = calibration.data;
  const heading = t('evaluation.calibration.title', { call: call.data.title });
  return (
    <div className="container evaluation-page">
      <PageTitle title={heading} />
      <p className="back-link">
        <Link to={paths.callEvaluation(locale, callId)}>{t('evaluation.calibration.toEvaluation')}</Link>
      </p>
      <h1>{heading}</h1>
      <p>
        <StatusLabel type="info">{t(`callStates.${call.data.state}`, { defaultValue: call.data.state })}</StatusLabel>{' '}
        <Link to={paths.ranking(locale, callId)}>{t('evaluation.call.toRanking')}</Link>
      </p>
      <p className="lead" data-testid="ranking-basis">
        {t(`evaluation.calibration.basis.${data.rankingBasis}`)}
      </p>

      <section aria-labelledby="method-title" className="calibration-method">
        <h2 id="method-title">{t('evaluation.calibration.methodTitle')}</h2>
        <p>{t('evaluation.calibration.method1')}</p>
        <p>{t('evaluation.calibration.method2')}</p>
        <p>{t('evaluation.calibration.method3')}</p>
      </section>

      <Evaluators data={data} locale={locale} />
      <Applications data={data} locale={locale} />
    </div>
  );
}

function Evaluators({ data, locale }: { data: Calibration; locale: Locale }) {
  const { t } = useTranslation();
  const evaluators = [...data.evaluators].sort((a, b) => a.bias - b.bias || a.name.localeCompare(b.name, locale));
  return (
    <section aria-labelledby="biases-title">
      <h2 id="biases-title">{t('evaluation.calibration.biasesTitle')}</h2>
      {evaluators.length === 0 ? (
        <p>{t('evaluation.calibration.noReviews')}</p>
      ) : (
        <div className="table-scroll">
          <table className="hds-table staff-table" data-testid="evaluator-biases">
            <caption>{t('evaluation.calibration.biasesCaption')}</caption>
            <thead className="hds-table__header-row">
              <tr>
                <th scope="col">{t('evaluation.call.columns.evaluator')}</th>
                <th scope="col">{t('evaluation.calibration.columns.bias')}</th>
                <th scope="col">{t('evaluation.calibration.columns.leaning')}</th>
                <th scope="col">{t('evaluation.calibration.columns.offset')}</th>
                <th scope="col">{t('evaluation.calibration.columns.restsOn')}</th>
              </tr>
            </thead>
            <tbody className="hds-table__content">
              {evaluators.map((evaluator) => (
                <tr key={evaluator.evaluatorId} data-testid="evaluator-bias">
                  <td>{evaluator.name}</td>
                  <td>{signed(evaluator.bias, locale)}</td>
                  <td>{t(`evaluation.calibration.leaning.${leaningOf(evaluator)}`)}</td>
                  <td>{evaluator.meanOffset === null ? '–' : signed(evaluator.meanOffset, locale)}</td>
                  <td>{t('evaluation.calibration.restsOn', { count: evaluator.reviews, shared: evaluator.shared })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.components > 1 && <p>{t('evaluation.calibration.parts', { count: data.components })}</p>}
    </section>
  );
}

function Applications({ data, locale }: { data: Calibration; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="totals-title">
      <h2 id="totals-title">{t('evaluation.calibration.totalsTitle')}</h2>
      <p data-testid="rank-changes">{t('evaluation.calibration.rankChanges', { count: data.rankChanges })}</p>
      <div className="table-scroll">
        <table className="hds-table staff-table" data-testid="calibrated-totals">
          <caption>{t('evaluation.calibration.totalsCaption')}</caption>
          <thead className="hds-table__header-row">
            <tr>
              <th scope="col">{t('evaluation.calibration.columns.rawRank')}</th>
              <th scope="col">{t('evaluation.calibration.columns.application')}</th>
              <th scope="col">{t('evaluation.calibration.columns.reviews')}</th>
              <th scope="col">{t('evaluation.calibration.columns.rawTotal')}</th>
              <th scope="col">{t('evaluation.calibration.columns.calibratedTotal')}</th>
              <th scope="col">{t('evaluation.calibration.columns.calibratedRank')}</th>
              <th scope="col">{t('evaluation.calibration.columns.change')}</th>
            </tr>
          </thead>
          <tbody className="hds-table__content">
            {data.applications.map((application) => {
              const move = moveOf(application);
              const changed = move.kind === 'up' || move.kind === 'down';
              return (
                <tr key={application.applicationId} className={changed ? 'calibration-changed' : undefined} data-testid={changed ? 'rank-changed' : 'rank-kept'}>
                  <td>{application.rawRank ?? '–'}</td>
                  <td>
                    {application.title}
                    <span className="card__meta"> · {application.leadOrganisationName}</span>
                  </td>
                  <td>{application.reviewCount}</td>
                  <td>{formatDecimal(application.rawTotal, locale)}</td>
                  <td>{formatDecimal(application.calibratedTotal, locale)}</td>
                  <td>{application.calibratedRank ?? '–'}</td>
                  <td>
                    {changed ? (
                      <strong>{t(`evaluation.calibration.move.${move.kind}`, { count: move.places })}</strong>
                    ) : (
                      t(`evaluation.calibration.move.${move.kind}`)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
