import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, csvStream, decodeCursor, DomainError, encodeCursor, isUuid, joinList, keysetBatches, safeText } from '@kokeilu/platform';
import { GrantFacts, grantCsvRecord, GRANTS_CSV_COLUMNS, OpenDataGrant, openDataGrant } from './domain/open-data-grant.js';
import { RankingBasis, ThreeSixtyGivingFacts, ThreeSixtyGivingGrant, threeSixtyGivingGrant, ThreeSixtyGivingPackage, threeSixtyGivingPackage } from './domain/three-sixty-giving.js';

/**
 * Awarded grants as open data (rule 11): public once the decision made them so. A grant given
 * back or withdrawn leaves the list; scores, reviewers and people stay out of it.
 */

export const GRANTS_ATTRIBUTION = 'Kokeilu – kaupunkien kokeiluavustukset / pilot grants of the cities';
export const OPEN_DATA_GRANTS_MAX_PAGE = 500;

const CURSOR_SCOPE = 'open-data-grants';

interface GrantRow {
  id: string;
  applicationId: string;
  callId: string;
  title: string;
  summary: string | null;
  recipientName: string;
  businessId: string | null;
  foreignRegistrationId: string | null;
  country: string;
  municipality: string;
  grantCents: number;
  awardedAt: Date;
  citySlug: string | null;
  cityName: Record<string, string> | null;
  callTitle: Record<string, string>;
  shares: { source: string; sharePercent: number; cents: number }[];
}

function factsOf(row: GrantRow): GrantFacts & { id: string } {
  return {
    id: row.id,
    applicationId: row.applicationId,
    callId: row.callId,
    title: row.title,
    summary: row.summary,
    recipient: { name: row.recipientName, businessId: row.businessId, foreignRegistrationId: row.foreignRegistrationId, country: row.country, municipality: row.municipality },
    grantCents: row.grantCents,
    awardedAt: row.awardedAt,
    city: row.citySlug && row.cityName ? { slug: row.citySlug, name: row.cityName } : null,
    callTitle: row.callTitle,
    shares: row.shares.map((s) => ({ ...s, cents: Number(s.cents) })),
  };
}

/** The grants as CSV (see `csvStream`). */
export function grantsCsv(grants: AsyncIterable<OpenDataGrant>): Readable {
  return csvStream(grants, GRANTS_CSV_COLUMNS, (grant) => grantCsvRecord(grant, { safeText, joinList }));
}

/** The public list and file of awarded grants; nothing here checks a caller, because nothing here is private. */
@Injectable()
export class GrantsOpenData {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async page(limit: number, cursor?: string): Promise<{ items: OpenDataGrant[]; total: number; nextCursor: string | null }> {
    const after = cursor === undefined ? null : this.decode(cursor);
    const [rows, [{ total }]] = await Promise.all([
      this.batch(after, limit + 1),
      this.dataSource.query(`SELECT count(*)::int AS total FROM grants WHERE state = 'awarded'`) as Promise<{ total: number }[]>,
    ]);
    const items = rows.slice(0, limit).map(openDataGrant);
    const last = rows.slice(0, limit).at(-1);
    return { items, total, nextCursor: rows.length > limit && last ? encodeCursor(CURSOR_SCOPE, last.id) : null };
  }

  /** Every awarded grant, read in batches so that memory stays flat. */
  async *all(batchSize = OPEN_DATA_GRANTS_MAX_PAGE): AsyncGenerator<OpenDataGrant> {
    for await (const facts of keysetBatches((after, limit) => this.batch(after, limit), batchSize)) yield openDataGrant(facts);
  }

  private async batch(after: string | null, limit: number): Promise<(GrantFacts & { id: string })[]> {
    // Title and summary as submitted (the revision the grant was decided on), the recipient as it is named now.
    const rows: GrantRow[] = await this.dataSource.query(
      `SELECT g.id, g.application_id AS "applicationId", g.call_id AS "callId",
              coalesce(r.snapshot->>'title', a.title) AS title, CASE WHEN r.id IS NULL THEN a.summary ELSE r.snapshot->>'summary' END AS summary,
              o.name AS "recipientName", o.business_id AS "businessId", o.foreign_registration_id AS "foreignRegistrationId",
              o.country, o.home_municipality AS municipality,
              g.grant_cents::float8 AS "grantCents", g.awarded_at AS "awardedAt",
              ci.slug AS "citySlug", ci.name AS "cityName", c.title AS "callTitle",
              coalesce((SELECT json_agg(json_build_object('source', s.source, 'sharePercent', s.share_percent, 'cents', s.cents) ORDER BY s.position)
                          FROM grant_shares s WHERE s.grant_id = g.id), '[]') AS shares
         FROM grants g
         JOIN applications a ON a.id = g.application_id
         JOIN organisations o ON o.id = a.lead_organisation_id
         JOIN calls c ON c.id = g.call_id
         LEFT JOIN cities ci ON ci.id = c.city_id
         LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
        WHERE g.state = 'awarded' AND ($1::uuid IS NULL OR g.id > $1::uuid)
        ORDER BY g.id LIMIT $2`,
      [after, limit],
    );
    return rows.map(factsOf);
  }

  /** Every awarded grant in one 360Giving data package (a few hundred a year: one document is fine). */
  async package360(licenceUrl: string, now = new Date()): Promise<ThreeSixtyGivingPackage> {
    const grants: ThreeSixtyGivingGrant[] = [];
    for await (const grant of this.all360()) grants.push(grant);
    const site = this.config.PUBLIC_URL.replace(/\/+$/, '');
    return threeSixtyGivingPackage(grants, { issuedAt: now, apiUrl: `${site}/api/v1`, websiteUrl: `${site}/`, licenceUrl });
  }

  /** Every awarded grant as a 360Giving grant record, in id order. */
  async *all360(batchSize = OPEN_DATA_GRANTS_MAX_PAGE): AsyncGenerator<ThreeSixtyGivingGrant> {
    for await (const facts of keysetBatches((after, limit) => this.batch360(after, limit), batchSize)) yield threeSixtyGivingGrant(facts);
  }

  private async batch360(after: string | null, limit: number): Promise<ThreeSixtyGivingFacts[]> {
    // As the plain file: texts, request, period and test beds as submitted (the decided revision), the recipient as named now.
    const rows: (Omit<ThreeSixtyGivingFacts, 'city' | 'pilotPeriod'> & {
      citySlug: string | null;
      cityName: Record<string, string> | null;
      pilotStart: string | null;
      pilotEnd: string | null;
      requestedCents: number | null;
    })[] = await this.dataSource.query(
      `SELECT g.id, g.call_id AS "callId",
              coalesce(r.snapshot->>'title', a.title) AS title, CASE WHEN r.id IS NULL THEN a.summary ELSE r.snapshot->>'summary' END AS summary,
              json_build_object('id', o.id, 'name', o.name, 'businessId', o.business_id, 'foreignRegistrationId', o.foreign_registration_id,
                                'country', o.country, 'municipality', o.home_municipality) AS recipient,
              g.grant_cents::float8 AS "grantCents",
              coalesce((r.snapshot->>'requestedGrantCents')::float8, a.requested_grant_cents::float8) AS "requestedCents",
              g.awarded_at AS "awardedAt",
              ci.slug AS "citySlug", ci.name AS "cityName", c.title AS "callTitle", c.ranking_basis AS "rankingBasis",
              coalesce(r.snapshot#>>'{pilotPeriod,start}', to_char(a.pilot_start, 'YYYY-MM-DD')) AS "pilotStart",
              coalesce(r.snapshot#>>'{pilotPeriod,end}', to_char(a.pilot_end, 'YYYY-MM-DD')) AS "pilotEnd",
              coalesce((SELECT json_agg(json_build_object('slug', bc.slug, 'name', bc.name) ORDER BY bc.slug)
                          FROM cities bc
                         WHERE bc.id IN (SELECT t.city_id FROM testbeds t
                                          WHERE t.id = ANY (CASE WHEN r.id IS NULL THEN a.testbed_ids
                                                                 ELSE ARRAY(SELECT jsonb_array_elements_text(coalesce(r.snapshot->'testbedIds', '[]'))::uuid) END))), '[]') AS "testbedCities"
         FROM grants g
         JOIN applications a ON a.id = g.application_id
         JOIN organisations o ON o.id = a.lead_organisation_id
         JOIN calls c ON c.id = g.call_id
         LEFT JOIN cities ci ON ci.id = c.city_id
         LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
        WHERE g.state = 'awarded' AND ($1::uuid IS NULL OR g.id > $1::uuid)
        ORDER BY g.id LIMIT $2`,
      [after, limit],
    );
    return rows.map(({ citySlug, cityName, pilotStart, pilotEnd, ...row }) => ({
      ...row,
      rankingBasis: row.rankingBasis as RankingBasis,
      city: citySlug && cityName ? { slug: citySlug, name: cityName } : null,
      pilotPeriod: pilotStart && pilotEnd ? { start: pilotStart, end: pilotEnd } : null,
    }));
  }

  private decode(cursor: string): string {
    const [scope, id] = decodeCursor(cursor);
    if (scope !== CURSOR_SCOPE || !isUuid(id)) throw DomainError.invalid('cursor', 'is not a cursor this API issued');
    return id;
  }
}
