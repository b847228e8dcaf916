import { useTranslation } from 'react-i18next';
import type { Call } from '../../api/types';
import { Table } from '../../common/components/table/Table';
import { formatDecimal } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';

type Criterion = Call['criteria'][number];

/** How applications are scored: each criterion with its weight, scale and the minimum it needs. */
export function CriteriaTable({ criteria, caption }: { criteria: Criterion[]; caption?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (value: number) => formatDecimal(value, locale);
  return (
    <Table
      caption={caption ?? t('calls.criteria')}
      hideCaption
      rowKey={(criterion) => criterion.key}
      rows={criteria}
      columns={[
        {
          key: 'name',
          header: t('calls.criterion'),
          render: (criterion) => (
            <>
              <strong>{criterion.name}</strong>
              {criterion.guidance && <span className="criterion__guidance">{criterion.guidance}</span>}
            </>
          ),
        },
        { key: 'weight', header: t('calls.weight'), render: (criterion) => number(criterion.weight) },
        { key: 'scale', header: t('calls.scale'), render: (criterion) => t('calls.scaleValue', { min: number(criterion.scale.min), max: number(criterion.scale.max) }) },
        { key: 'threshold', header: t('calls.threshold'), render: (criterion) => number(criterion.threshold) },
      ]}
    />
  );
}
