// Parquet for the same table rows (hyparquet-writer: pure JavaScript, MIT, one dependency). Offsets are INT32, scores
// DOUBLE, everything else UTF-8 strings, all nullable; snappy-compressed, one row group per 20,000 rows
// (what `export --all` holds in memory at once).
import { ByteWriter, parquetWriteBuffer, parquetWriteRows, type ColumnSource } from 'hyparquet-writer';
import { COLUMNS } from './csv.js';
import type { TableRow } from './tables.js';

const TYPES: Partial<Record<keyof TableRow, ColumnSource['type']>> = { start: 'INT32', end: 'INT32', score: 'DOUBLE' };
const ROW_GROUP = 20_000;

export function toParquet(rows: readonly TableRow[]): Uint8Array {
  const columnData: ColumnSource[] = COLUMNS.map((name) => ({
    name,
    data: rows.map((r) => r[name]),
    type: TYPES[name] ?? 'STRING',
    nullable: true,
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'claimtrail', rowGroupSize: ROW_GROUP }));
}

/**
 * The same file as toParquet, written as the rows come: a row group at a time is encoded and handed to `write`, so
 * memory holds one row group, however many rows there are (`export --all` of a whole store).
 */
export async function streamParquet(rows: AsyncIterable<TableRow>, write: (bytes: Uint8Array) => Promise<void>): Promise<void> {
  const bytes = new ByteWriter();
  const flush = async (): Promise<void> => {
    // A copy: the writer reuses its buffer for the next group as soon as this resolves.
    if (bytes.index) await write(new Uint8Array(bytes.buffer, 0, bytes.index).slice());
    bytes.index = 0;
  };
  const writer = Object.assign(bytes, { flush, finish: flush });
  const columns = COLUMNS.map((name) => ({ name, type: TYPES[name] ?? 'STRING', nullable: true }));
  await parquetWriteRows({ writer, rows, columns, createdBy: 'claimtrail', rowGroupSize: ROW_GROUP });
}
