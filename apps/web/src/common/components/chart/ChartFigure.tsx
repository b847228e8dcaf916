import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
 * A chart with its data: the SVG for the eye, the same figures as a table for screen readers,
 * and a link that downloads them as CSV.
 */
export function ChartFigure({ id, title, description, data, fileName, children }: ChartFigureProps) {
  const { t } = useTranslation();
  const headingId = `${id}-title`;
  return (
    <figure className="chart" aria-labelledby={headingId} data-testid={`chart-${id}`}>
      <h3 id={headingId}>{title}</h3>
      {description && <p className="chart__description">{description}</p>}
      <div className="chart__plot" aria-hidden="true">
        {data.rows.length ? children : <p>{t('chart.empty')}</p>}
      </div>
      <div className="visually-hidden" data-testid={`chart-${id}-table`}>
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
