import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { cumulative } from './budget';
import type { Proposal } from './queries';

/**
 * The funding proposal with its budget line drawn across the ranking: the funded lines above it
 * with their running total and co-funding split, the reserve below it, the rejected apart, and
 * the call's split per funding source. The coordinator's ranking and the decider's table share it;
 * `actions` adds a cell per line (the decider's amendments).
 */
export function BudgetLineView({ proposal, actions }: { proposal: Proposal; actions?: (applicationId: string) => ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const running = cumulative(proposal.lines);
  const columns = actions ? 7 : 6;
  const percent = proposal.budgetCents > 0 ? Math.round((proposal.committedCents / proposal.budgetCents) * 1000) / 10 : 0;

  return (
    <section className="budget-view" aria-labelledby="budget-title" data-testid="budget-view">
      <h2 id="budget-title">{t('decisions.budget.title')}</h2>
      <dl className="facts">
        <dt>{t('decisions.budget.budget')}</dt>
        <dd>{formatMoney(proposal.budgetCents, locale)}</dd>
        <dt>{t('decisions.budget.committed')}</dt>
        <dd data-testid="committed">{t('decisions.budget.committedShare', { amount: formatMoney(proposal.committedCents, locale), percent: formatDecimal(percent, locale, 1) })}</dd>
        <dt>{t('decisions.budget.remaining')}</dt>
        <dd data-testid="remaining">{formatMoney(proposal.remainingCents, locale)}</dd>
        <dt>{t('decisions.budget.policy')}</dt>
        <dd>{t(`decisions.policies.${proposal.policy}`)}</dd>
      </dl>
      <div className="budget-meter" aria-hidden="true">
        <span style={{ width: `${Math.min(percent, 100)}%` }} />
      </div>
      <div className="table-scroll">
        <table className="hds-table staff-table budget-table">
          <caption>{t('decisions.budget.caption')}</caption>
          <thead className="hds-table__header-row">
            <tr>
              <th scope="col">{t('decisions.budget.columns.rank')}</th>
              <th scope="col">{t('decisions.budget.columns.application')}</th>
              <th scope="col">{t('decisions.budget.columns.total')}</th>
              <th scope="col">{t('decisions.budget.columns.grant')}</th>
              <th scope="col">{t('decisions.budget.columns.running')}</th>
              <th scope="col">{t('decisions.budget.columns.split')}</th>
              {actions && <th scope="col">{t('decisions.budget.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody className="hds-table__content budget-table__funded">
            <tr className="budget-table__group">
              <th scope="colgroup" colSpan={columns}>
                {t('decisions.budget.funded', { count: proposal.lines.length })}
              </th>
            </tr>
            {proposal.lines.map((line) => (
              <tr key={line.applicationId} data-testid="funded-line">
                <td>{line.rank}</td>
                <td>
                  {line.title}
                  <span className="card__meta"> · {line.leadOrganisationName}</span>
                </td>
                <td>{line.total !== null && line.total !== undefined ? formatDecimal(line.total, locale) : '–'}</td>
                <td>
                  {formatMoney(line.grantCents, locale)}
                  {line.requestedCents !== null && line.requestedCents !== undefined && line.requestedCents !== line.grantCents && (
                    <span className="card__meta"> ({t('decisions.budget.requested', { amount: formatMoney(line.requestedCents, locale) })})</span>
                  )}
                </td>
                <td>{formatMoney(running.get(line.applicationId) ?? 0, locale)}</td>
                <td>
                  <ul className="plain-list">
                    {line.shares.map((share) => (
                      <li key={share.source}>
                        {t(`fundingSources.${share.source}`, { defaultValue: share.source })} {share.sharePercent} %: {formatMoney(share.cents, locale)}
                      </li>
                    ))}
                  </ul>
                </td>
                {actions && <td>{actions(line.applicationId)}</td>}
              </tr>
            ))}
            <tr className="budget-table__line" data-testid="budget-line">
              <td colSpan={columns}>
                <strong>{t('decisions.budget.line', { committed: formatMoney(proposal.committedCents, locale), budget: formatMoney(proposal.budgetCents, locale), remaining: formatMoney(proposal.remainingCents, locale) })}</strong>
              </td>
            </tr>
          </tbody>
          <tbody className="hds-table__content budget-table__reserve">
            <tr className="budget-table__group">
              <th scope="colgroup" colSpan={columns}>
                {t('decisions.budget.reserve', { count: proposal.reserve.length })}
              </th>
            </tr>
            {proposal.reserve.length === 0 && (
              <tr>
                <td colSpan={columns}>{t('decisions.budget.noReserve')}</td>
              </tr>
            )}
            {proposal.reserve.map((entry) => (
              <tr key={entry.applicationId} data-testid="reserve-line">
                <td>{entry.rank}</td>
                <td>
                  {t('decisions.budget.position', { position: entry.position })} {entry.title}
                  <span className="card__meta"> · {entry.leadOrganisationName}</span>
                </td>
                <td>{entry.total !== null && entry.total !== undefined ? formatDecimal(entry.total, locale) : '–'}</td>
                <td>{t('decisions.budget.wouldGet', { amount: formatMoney(entry.grantCents, locale) })}</td>
                <td>–</td>
                <td>–</td>
                {actions && <td>{actions(entry.applicationId)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('decisions.budget.rejectedTitle')}</h3>
      {proposal.rejected.length === 0 ? (
        <p>{t('decisions.budget.noRejected')}</p>
      ) : (
        <ul data-testid="rejected">
          {proposal.rejected.map((entry) => (
            <li key={entry.applicationId}>
              {entry.title} · {entry.leadOrganisationName}: {t(`decisions.rejectReasons.${entry.reason}`, { defaultValue: entry.reason })}
              {entry.total !== null && entry.total !== undefined ? ` (${formatDecimal(entry.total, locale)})` : ''}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('decisions.budget.splitTitle')}</h3>
      <div className="table-scroll">
        <table className="hds-table staff-table">
          <caption>{t('decisions.budget.splitCaption')}</caption>
          <thead className="hds-table__header-row">
            <tr>
              <th scope="col">{t('decisions.budget.columns.source')}</th>
              <th scope="col">{t('decisions.budget.columns.amount')}</th>
            </tr>
          </thead>
          <tbody className="hds-table__content">
            {proposal.totalsBySource.map((share) => (
              <tr key={share.source}>
                <th scope="row">{t(`fundingSources.${share.source}`, { defaultValue: share.source })}</th>
                <td>{formatMoney(share.cents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
