import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { IdentityState } from '../domain/organisation-identity.js';
import type { OrganisationType, SizeClass } from '../domain/roles.js';

@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') type: OrganisationType;
  @Column('text', { name: 'business_id', nullable: true }) businessId: string | null;
  @Column('text', { name: 'foreign_registration_id', nullable: true }) foreignRegistrationId: string | null;
  @Column('text') country: string;
  @Column('text', { name: 'home_municipality' }) homeMunicipality: string;
  @Column('text', { name: 'size_class' }) sizeClass: SizeClass;
  @Column('text', { name: 'email_domain', nullable: true }) emailDomain: string | null;
  /** Checked by a coordinator or an admin, or not (see domain/organisation-identity). */
  @Column('text', { name: 'identity_state', default: 'unverified' }) identityState: IdentityState;
  @Column('uuid', { name: 'identity_verified_by', nullable: true }) identityVerifiedBy: string | null;
  @Column('timestamptz', { name: 'identity_verified_at', nullable: true }) identityVerifiedAt: Date | null;
  /** False while another organisation holds the business ID this one gives (a claim, open or lost). */
  @Column('boolean', { name: 'holds_business_id', default: true }) holdsBusinessId: boolean;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
