import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRole } from '../domain/membership.js';

@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organisation_id' }) organisationId: string;
  @Column('text') email: string;
  @Column('text') role: MembershipRole;
  @Column('text', { name: 'token_hash', select: false }) tokenHash: string;
  @Column('uuid', { name: 'invited_by' }) invitedBy: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('uuid', { name: 'accepted_by', nullable: true }) acceptedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
