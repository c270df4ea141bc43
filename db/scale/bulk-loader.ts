import type mysql from "mysql2/promise";
import { retryTransaction } from "@/lib/db/retry-transaction";

type Value = string | number | null;

/**
 * Multi-row INSERTs over a few connections of their own, so the next batch is built while the
 * server writes the last. Each connection skips unique and foreign-key checks while it loads
 * (the rows are made consistent by construction) and has them restored before it is released.
 */
export class BulkLoader {
  private idle: mysql.PoolConnection[] = [];
  private inFlight = new Set<Promise<void>>();
  private failure: unknown;
  readonly counts = new Map<string, number>();

  private constructor(private readonly all: mysql.PoolConnection[]) {
    this.idle = [...all];
  }

  static async open(pool: mysql.Pool, connections: number): Promise<BulkLoader> {
    const all: mysql.PoolConnection[] = [];
    try {
      for (let i = 0; i < connections; i++) {
        const connection = await pool.getConnection();
        all.push(connection);
        await connection.query("SET SESSION unique_checks = 0, foreign_key_checks = 0");
      }
    } catch (error) {
      for (const c of all) c.release();
      throw error;
    }
    return new BulkLoader(all);
  }

  /** A table's rows, buffered and sent `batchSize` at a time. */
  table(name: string, columns: readonly string[], batchSize: number): TableWriter {
    return new TableWriter(this, name, columns, batchSize);
  }

  /** Sends one INSERT once a connection is free; resolves when it has been handed over. */
  async send(table: string, columns: readonly string[], rows: Value[][]): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.idle.length === 0) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const connection = this.idle.pop()!;
    const sql = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(", ")}) VALUES ?`;
    // Two connections inserting into one table can deadlock on its indexes; InnoDB then rolls back
    // the whole statement, so sending it again is safe.
    const done: Promise<void> = retryTransaction(() => connection.query(sql, [rows]))
      .then(() => {
        this.counts.set(table, (this.counts.get(table) ?? 0) + rows.length);
      })
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.inFlight.delete(done);
        this.idle.push(connection);
      });
    this.inFlight.add(done);
  }

  /** Waits for every INSERT sent; throws the first that failed. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    for (const connection of this.all) {
      await connection.query("SET SESSION unique_checks = 1, foreign_key_checks = 1").catch(() => {});
      connection.release();
    }
  }
}

export class TableWriter {
  private rows: Value[][] = [];

  constructor(
    private readonly loader: BulkLoader,
    private readonly name: string,
    private readonly columns: readonly string[],
    private readonly batchSize: number,
  ) {}

  async add(row: Value[]): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    await this.loader.send(this.name, this.columns, rows);
  }
}
