import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type LocalizedText = Partial<Record<'fi' | 'sv' | 'en', string>>;

@Entity('cities')
export class City {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('jsonb') name: LocalizedText;
  @Column('boolean') partner: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
