import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
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
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
