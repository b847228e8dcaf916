import { DataSource } from 'typeorm';
import { createTestDatabase, dropDatabase } from '../../libs/testing/src/index.js';
import { PipelinedTransaction } from '../../libs/platform/src/index.js';

// A pool of one connection: every transaction below, and every plain query after it, runs on the
// same connection, so one left in pipeline mode, inside a transaction or never given back shows.
describe('PipelinedTransaction', () => {
  let database: { name: string; url: string };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url, extra: { max: 1 } }).initialize();
    await dataSource.query(`CREATE TABLE pipelined_rows (id int PRIMARY KEY, note text NOT NULL)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    if (database) await dropDatabase(database.name);
  });

  beforeEach(() => dataSource.query(`TRUNCATE pipelined_rows`));

  const stored = async () => (await dataSource.query(`SELECT id, note FROM pipelined_rows ORDER BY id`)) as { id: number; note: string }[];

  it('answers each statement of a batch in order and commits with the last batch', async () => {
    const tx = await PipelinedTransaction.start(dataSource);
    try {
      const [inserted, seen] = await tx.send([
        { text: `INSERT INTO pipelined_rows VALUES ($1, $2) RETURNING id`, values: [1, 'one'] },
        // Runs after the insert, so it sees the row.
        { name: 'pipelined.count', text: `SELECT count(*)::int AS n FROM pipelined_rows`, values: [] },
      ]);
      expect(inserted).toEqual([{ id: 1 }]);
      expect(seen).toEqual([{ n: 1 }]);
      const [last] = await tx.commit([{ text: `INSERT INTO pipelined_rows VALUES ($1, $2) RETURNING note`, values: [2, 'two'] }]);
      expect(last).toEqual([{ note: 'two' }]);
    } finally {
      await tx.rollback();
    }
    expect(await stored()).toEqual([
      { id: 1, note: 'one' },
      { id: 2, note: 'two' },
    ]);
    // The connection went back outside a transaction.
    expect(await dataSource.query(`SELECT now() = statement_timestamp() AS outside`)).toEqual([{ outside: true }]);
  });

  it("throws a batch's first failure, not the refusals behind it, and a rollback undoes the batch", async () => {
    const tx = await PipelinedTransaction.start(dataSource);
    let failure: unknown;
    try {
      await tx.send([
        { text: `INSERT INTO pipelined_rows VALUES ($1, $2)`, values: [1, 'one'] },
        { text: `INSERT INTO pipelined_rows VALUES ($1, $2)`, values: [1, 'again'] },
        { text: `INSERT INTO pipelined_rows VALUES ($1, $2)`, values: [3, 'three'] },
      ]);
    } catch (error) {
      failure = error;
    } finally {
      await tx.rollback();
    }
    expect(failure).toMatchObject({ code: '23505' });
    expect(await stored()).toEqual([]);
  });

  it('stores nothing when a statement sent with COMMIT fails, and the connection serves the next user', async () => {
    const tx = await PipelinedTransaction.start(dataSource);
    let failure: unknown;
    try {
      await tx.send([{ text: `INSERT INTO pipelined_rows VALUES ($1, $2)`, values: [1, 'one'] }]);
      await tx.commit([{ text: `INSERT INTO pipelined_rows VALUES ($1, $2)`, values: [2, null] }]);
    } catch (error) {
      failure = error;
    } finally {
      await tx.rollback();
    }
    expect(failure).toMatchObject({ code: '23502' });
    expect(await stored()).toEqual([]);
    // A TypeORM transaction on the same connection waits for each answer again, as it expects.
    await dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO pipelined_rows VALUES ($1, $2)`, [4, 'four']);
      await manager.query(`UPDATE pipelined_rows SET note = 'vier' WHERE id = 4`);
    });
    expect(await stored()).toEqual([{ id: 4, note: 'vier' }]);
  });
});
