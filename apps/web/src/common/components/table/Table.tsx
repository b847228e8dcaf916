import { Table as HdsTable } from 'hds-react';
import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
}

export interface TableProps<Row> {
  caption: string;
  /** The caption for screen readers only, when a heading just above says the same. */
  hideCaption?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

/** HDS's table: a caption, a header per column and a cell per row, rendered by each column. */
export function Table<Row>({ caption, hideCaption, columns, rows, rowKey }: TableProps<Row>) {
  const data = rows.map((row) => ({ key: rowKey(row), row }));
  return (
    <div className={hideCaption ? 'table-scroll table-scroll--hidden-caption' : 'table-scroll'}>
      <HdsTable
        caption={caption}
        indexKey="key"
        zebra
        cols={columns.map((column) => ({
          key: column.key,
          headerName: column.header,
          transform: (cell: { row: Row }) => <>{column.render(cell.row)}</>,
        }))}
        rows={data}
      />
    </div>
  );
}
