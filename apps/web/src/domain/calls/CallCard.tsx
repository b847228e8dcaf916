import { StatusLabel } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../api/types';
import { Link } from '../../common/components/link/Link';
import { formatDateTime, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { cityName, useCities } from '../cities/queries';
import { CallCountdown } from './CallCountdown';

const STATE_LOOK = { scheduled: 'info', open: 'success', closed: 'neutral', in_evaluation: 'alert', decided: 'neutral' } as const;

/** A call in a list: title, state, who runs it, budget, and the time left while it is open. */
export function CallCard({ call, headingLevel = 3 }: { call: Call; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: cities } = useCities();
  const Heading = `h${headingLevel}` as const;
  const foreign = call.language !== locale ? call.language : undefined;
  return (
    <article className="card" data-testid="call-card">
      <Heading lang={foreign}>
        <Link to={paths.call(locale, call.id)}>{call.title}</Link>
      </Heading>
      <p>
        <StatusLabel type={STATE_LOOK[call.state as keyof typeof STATE_LOOK] ?? 'neutral'}>{t(`callStates.${call.state}`)}</StatusLabel>
      </p>
      <p className="card__meta">
        {call.citySlug ? cityName(cities, call.citySlug, locale) : t('common.nationalCall')} · {t(`focusAreas.${call.focusArea}`)}
      </p>
      <p lang={foreign}>{call.summary}</p>
      <p className="card__meta">
        {t('calls.budget')}: {formatMoney(call.budgetCents, locale)}
      </p>
      {call.firstStage && (
        <p className="card__meta" data-testid="call-card-stages">
          {t('calls.stages.cardLine', { state: t(`callStates.${call.firstStage.state}`), deadline: formatDateTime(call.firstStage.closesAt, locale) })}
        </p>
      )}
      <CallCountdown call={call} />
    </article>
  );
}
