import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { MembershipRole } from '../domain/membership.js';

@Entity('memberships')
export class Membership {
  @PrimaryColumn('uuid', { name: 'organisation_id' }) organisationId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text') role: MembershipRole;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
