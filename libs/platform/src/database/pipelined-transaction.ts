import type { DataSource } from 'typeorm';
import type pg from 'pg';
import { pgPoolOf } from './pool-query.js';

/** One SQL statement with its parameters. */
export interface Statement {
  /**
   * Names a statement whose text never changes: each connection then parses and plans it once and
   * afterwards sends only its parameters.
   */
  name?: string;
  text: string;
  values?: readonly unknown[];
}

/**
 * A transaction on one pooled connection whose statements go to PostgreSQL in batches: `BEGIN`
 * travels with the first batch and `COMMIT` with the last, each batch in one write to the socket,
 * so a transaction of two batches costs two round trips however many statements it holds.
 * PostgreSQL still runs the statements one after another, each with its own snapshot, so a
 * statement sees the rows and locks of the ones before it.
 *
 * For short, hot write paths (a deadline rush of submissions). Anything else takes the usual
 * TypeORM transaction: this one has no EntityManager and no subscribers.
 */
export class PipelinedTransaction {
  private begun = false;
  private done = false;

  private constructor(private readonly client: pg.PoolClient) {}

  /** Takes a connection from the data source's pool; nothing is sent until the first batch. */
  static async start(dataSource: DataSource): Promise<PipelinedTransaction> {
    const client = await pgPoolOf(dataSource).connect();
    // pg's pipeline mode writes each query without waiting for the one before it to answer. It is
    // switched on only while this transaction holds the connection: the pool's other users wait
    // for each answer, as TypeORM expects.
    setPipeline(client, true);
    return new PipelinedTransaction(client);
  }

  /** Sends the statements (after `BEGIN`, in the first batch) and answers each one's rows, in order. */
  async send(statements: readonly Statement[]): Promise<unknown[][]> {
    if (this.done) throw new Error('the transaction has ended');
    const begin = this.begun ? [] : [{ text: 'BEGIN' }];
    this.begun = true;
    const results = await this.write([...begin, ...statements]);
    return results.slice(begin.length);
  }

  /** Sends the last statements with `COMMIT` and gives the connection back; answers their rows. */
  async commit(statements: readonly Statement[] = []): Promise<unknown[][]> {
    if (this.done) throw new Error('the transaction has ended');
    try {
      const begin = this.begun ? [] : [{ text: 'BEGIN' }];
      const results = await this.write([...begin, ...statements, { text: 'COMMIT' }]);
      this.finish();
      return results.slice(begin.length, -1);
    } catch (error) {
      // A failed statement turns the COMMIT behind it into a rollback: the transaction is over.
      this.finish(connectionError(error));
      throw error;
    }
  }

  /** Rolls back (if anything was sent) and gives the connection back; safe to call after `commit`. */
  async rollback(): Promise<void> {
    if (this.done) return;
    try {
      if (this.begun) await this.client.query('ROLLBACK');
      this.finish();
    } catch (error) {
      this.finish(error as Error);
    }
  }

  /**
   * Writes the statements at once and waits for every answer. When one fails, PostgreSQL refuses
   * the rest of the transaction's statements ("current transaction is aborted"); the first failure
   * is the one thrown.
   */
  private async write(statements: readonly Statement[]): Promise<unknown[][]> {
    const stream = (this.client as unknown as { connection?: { stream?: { cork?(): void; uncork?(): void } } }).connection?.stream;
    stream?.cork?.();
    let answers: Promise<pg.QueryResult>[];
    try {
      answers = statements.map((s) => this.client.query({ name: s.name, text: s.text, values: s.values as unknown[] | undefined }));
    } finally {
      stream?.uncork?.();
    }
    const settled = await Promise.allSettled(answers);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((s) => (s as PromiseFulfilledResult<pg.QueryResult>).value.rows);
  }

  private finish(error?: Error): void {
    this.done = true;
    setPipeline(this.client, false);
    // A connection that failed mid-transaction is discarded, not handed to the next user.
    this.client.release(error);
  }
}

function setPipeline(client: pg.PoolClient, on: boolean): void {
  (client as unknown as { pipeline: boolean }).pipeline = on;
}

/** An error of the connection itself rather than a statement's (which carries PostgreSQL's SQLSTATE). */
function connectionError(error: unknown): Error | undefined {
  return error instanceof Error && !(error as { code?: unknown }).code?.toString().match(/^[0-9A-Z]{5}$/) ? error : undefined;
}
