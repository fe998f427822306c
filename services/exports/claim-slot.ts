import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExportSchedule } from './export-schedule.entity.js';

/**
 * The run of a schedule's due slot: inserted by the first to claim it, found by any later claim
 * (a second process, a retried job). The (schedule_id, slot) key makes the slot one run.
 */
export async function claimSlot(em: EntityManager, schedule: ExportSchedule, slot: Date): Promise<number> {
  const conn = em.getConnection();
  const [inserted] = await conn.execute<{ id: number }[]>(
    `insert into export_run (schedule_id, owner_scope_id, slot, spec, formats, csv_bom, period_text, resolve_at, requested_by, created_by, updated_by)
     values (?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?, 'scheduler', 'scheduler', 'scheduler')
     on conflict (schedule_id, slot) do nothing returning id`,
    // The driver would spread a JS array into a list of values; formats travel as JSON instead.
    [
      schedule.id,
      schedule.ownerScope?.id ?? null,
      slot,
      JSON.stringify(schedule.spec),
      JSON.stringify(schedule.formats),
      schedule.csvBom,
      schedule.period,
      slot,
    ],
  );
  if (inserted) return inserted.id;
  const [existing] = await conn.execute<{ id: number }[]>(
    'select id from export_run where schedule_id = ? and slot = ?',
    [schedule.id, slot],
  );
  if (!existing) throw new Error(`slot ${slot.toISOString()} of schedule ${schedule.id} is neither new nor recorded`);
  return existing.id;
}
