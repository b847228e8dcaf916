import { IconAngleDown, IconAngleUp } from 'hds-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../button/Button';
import { Table } from '../table/Table';
import { csvHref, toCsv } from './csv';
import './chart.css';

export interface ChartData {
  /** The column headers, as the table and the CSV file show them. */
  header: string[];
  /** The rows as text for the table and as values for the CSV file (numbers unformatted). */
  rows: { key: string; cells: ReactNode[]; values: (string | number | null)[] }[];
}

export interface ChartFigureProps {
  id: string;
  title: string;
  /** One or two sentences of what the chart shows, for everyone. */
  description?: string;
  data: ChartData;
  /** The file name of the CSV download, without `.csv`. */
  fileName: string;
  /** The chart itself (hidden from screen readers, which read the table instead). */
  children: ReactNode;
}

/**
 * A chart with its data: the SVG for the eye, the same figures as a table, and a link that
 * downloads them as CSV. The table is always there for screen readers (which skip the SVG); a
 * button shows it to everyone else too, for reading exact figures or when colours do not tell.
 */
export function ChartFigure({ id, title, description, data, fileName, children }: ChartFigureProps) {
  const { t } = useTranslation();
  const [tableShown, setTableShown] = useState(false);
  const headingId = `${id}-title`;
  const tableId = `${id}-table`;
  return (
    <figure className="chart" aria-labelledby={headingId} data-testid={`chart-${id}`}>
      <h3 id={headingId}>{title}</h3>
      {description && <p className="chart__description">{description}</p>}
      <div className="chart__plot" aria-hidden="true">
        {data.rows.length ? children : <p>{t('chart.empty')}</p>}
      </div>
      {data.rows.length > 0 && (
        <p className="chart__toggle">
          <Button
            variant="clear"
            aria-expanded={tableShown}
            aria-controls={tableId}
            iconStart={tableShown ? <IconAngleUp aria-hidden /> : <IconAngleDown aria-hidden />}
            onClick={() => setTableShown(!tableShown)}
          >
            {t('chart.showTable')}
          </Button>
        </p>
      )}
      <div id={tableId} className={tableShown ? 'chart__table' : 'visually-hidden'} data-testid={`chart-${id}-table`}>
        <Table<ChartData['rows'][number]>
          caption={title}
          rowKey={(row) => row.key}
          rows={data.rows}
          columns={data.header.map((header, i) => ({ key: `c${i}`, header, render: (row) => row.cells[i] }))}
        />
      </div>
      <p className="chart__download">
        <a href={csvHref(toCsv(data.header, data.rows.map((row) => row.values)))} download={`${fileName}.csv`}>
          {t('chart.csv', { title })}
        </a>
      </p>
    </figure>
  );
}
