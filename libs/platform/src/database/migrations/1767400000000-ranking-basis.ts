import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a call ranks by the raw totals of its reviews or by totals calibrated for each
 * evaluator's bias (libs/evaluation/src/domain/calibration.ts). Raw unless the call says otherwise
 * before its evaluation starts.
 */
export class RankingBasis1767400000000 implements MigrationInterface {
  name = 'RankingBasis1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE calls ADD COLUMN ranking_basis text NOT NULL DEFAULT 'raw' CHECK (ranking_basis IN ('raw', 'calibrated'));
      COMMENT ON COLUMN calls.ranking_basis IS 'raw: rank by Σ weight × mean of the reviews; calibrated: by the same total after each evaluator''s bias is taken out';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calls DROP COLUMN ranking_basis`);
  }
}
