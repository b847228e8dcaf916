import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../common/components/button/Button';
import { formatDateTime, formatMoney } from '../../app/i18n/format';
import { useLocale } from '../../app/i18n/useLocale';
import { type Application, type ContentField, conflictingFields, contentOf, type DraftValues, valuesOf } from '../draft';

/**
 * Someone else saved the application after the version these edits were made on. The fields that
 * differ, mine beside theirs; keep mine (my changed fields go on top of their version) or take
 * theirs (my unsaved edits are dropped). Its heading takes focus when it appears.
 */
export function ConflictView({ mine, myBase, theirs, onKeepMine, onTakeTheirs }: { mine: DraftValues; myBase: DraftValues; theirs: Application; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const theirValues = valuesOf(theirs, locale);
  const fields = conflictingFields(mine, theirValues);
  const mineChanged = new Set(conflictingFields(mine, myBase));
  const show = (values: DraftValues, field: ContentField) => describe(contentOf(values)[field], field, locale, t);

  return (
    <section className="conflict" aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {t('applications.conflict.title')}
      </h2>
      <p>{t('applications.conflict.intro', { time: formatDateTime(theirs.updatedAt, locale), version: theirs.version })}</p>
      <div className="table-scroll">
        <table className="conflict__table">
          <caption className="visually-hidden">{t('applications.conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('applications.conflict.field')}</th>
              <th scope="col">{t('applications.conflict.mine')}</th>
              <th scope="col">{t('applications.conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} data-field={field}>
                <th scope="row">
                  {t(`applications.fields.${field}`)}
                  {!mineChanged.has(field) && <span className="card__meta"> {t('applications.conflict.onlyTheirs')}</span>}
                </th>
                <td data-testid="mine">{show(mine, field)}</td>
                <td data-testid="theirs">{show(theirValues, field)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('applications.conflict.help')}</p>
      <div className="actions">
        <Button onClick={onKeepMine}>{t('applications.conflict.keepMine')}</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          {t('applications.conflict.takeTheirs')}
        </Button>
      </div>
    </section>
  );
}

function describe(value: unknown, field: ContentField, locale: 'fi' | 'sv' | 'en', t: (key: string) => string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('applications.conflict.empty');
  if (field === 'requestedGrantCents') return typeof value === 'number' ? formatMoney(value, locale) : String(value);
  if (field === 'pilotPeriod') {
    const period = value as { start: string; end: string };
    return `${period.start} – ${period.end}`;
  }
  if (field === 'kpis') return (value as { name: string; target: string }[]).map((kpi) => `${kpi.name} → ${kpi.target}`).join('; ');
  if (field === 'budgetLines')
    return (value as { description: string; amountCents: unknown }[])
      .map((line) => `${line.description}: ${typeof line.amountCents === 'number' ? formatMoney(line.amountCents, locale) : String(line.amountCents)}`)
      .join('; ');
  if (field === 'testbedIds') return String((value as string[]).length);
  return String(value);
}
