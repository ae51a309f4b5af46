// Parquet for the same table rows (hyparquet-writer: pure JavaScript, MIT, one dependency). Offsets are INT32, scores
// DOUBLE, everything else UTF-8 strings, all nullable; snappy-compressed, one row group per 100,000 rows.
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { COLUMNS } from './csv.js';
import type { TableRow } from './tables.js';

const TYPES: Partial<Record<keyof TableRow, ColumnSource['type']>> = { start: 'INT32', end: 'INT32', score: 'DOUBLE' };

export function toParquet(rows: readonly TableRow[]): Uint8Array {
  const columnData: ColumnSource[] = COLUMNS.map((name) => ({
    name,
    data: rows.map((r) => r[name]),
    type: TYPES[name] ?? 'STRING',
    nullable: true,
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'claimtrail', rowGroupSize: 100_000 }));
}
