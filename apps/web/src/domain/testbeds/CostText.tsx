import { useTranslation } from 'react-i18next';
import type { Testbed } from '../../api/types';
import { formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';

/** What using a bed costs, in words: free, negotiable, or the fee per unit in the reader's money format. */
export function CostText({ cost }: { cost: Testbed['cost'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!cost) return <>{t('common.noneGiven')}</>;
  if (cost.kind === 'fee' && cost.amountCents && cost.unit) {
    return <>{t('cost.feePer', { amount: formatMoney(cost.amountCents, locale), unit: t(`cost.units.${cost.unit}`) })}</>;
  }
  return <>{t(`cost.${cost.kind}`)}</>;
}
