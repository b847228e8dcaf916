import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlatformRole } from '../domain/roles.js';

@Entity('role_grants')
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') role: PlatformRole;
  @Column('uuid', { name: 'city_id', nullable: true }) cityId: string | null;
  @Column('uuid', { name: 'granted_by', nullable: true }) grantedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
