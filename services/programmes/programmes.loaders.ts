import type { EntityManager } from '@mikro-orm/postgresql';
import { type AsOfKey, asOfKeys, asOfKeyText } from '../store/query/as-of-keys.js';
import { groupLoader } from '../store/query/group-loader.js';
import { pageLoader } from '../store/query/keyset.js';
import type { RowScope } from '../store/query/row-scope.js';
import { pgArray, sql } from '../store/query/sql.js';
import { uniqueLoader } from '../store/query/unique-loader.js';
import { valueLoader } from '../store/query/value-loader.js';
import { Document } from './document.entity.js';
import { documentList } from './document.queries.js';
import { IndexScore } from './index-score.entity.js';
import { indexScoreList } from './index-score.queries.js';
import { Meeting } from './meeting.entity.js';
import { meetingList } from './meeting.queries.js';
import { MeetingParticipant } from './meeting-participant.entity.js';
import { Programme } from './programme.entity.js';
import { programmeList } from './programme.queries.js';
import { ProgrammeItem } from './programme-item.entity.js';
import { programmeItemList } from './programme-item.queries.js';
import { ProgrammeItemStatus } from './programme-item-status.entity.js';
import { Target } from './target.entity.js';
import { targetList } from './target.queries.js';

/** Per-request loaders of programmes, their items and status history, targets, meetings, documents, indices. */
export function createProgrammesLoaders(em: EntityManager, rows: RowScope) {
  return {
    programmeByCode: uniqueLoader(em, rows, Programme, 'code'),
    programmes: pageLoader(em, rows, Programme, programmeList),
    items: pageLoader(em, rows, ProgrammeItem, programmeItemList),
    targets: pageLoader(em, rows, Target, targetList),
    meetings: pageLoader(em, rows, Meeting, meetingList),
    documents: pageLoader(em, rows, Document, documentList),
    indexScores: pageLoader(em, rows, IndexScore, indexScoreList),
    /** Each item's history, oldest change first. */
    statusHistory: groupLoader(
      em,
      rows,
      ProgrammeItemStatus,
      String,
      (ids, visible) => sql`select t.item_id::text as "__key", t.* from programme_item_status t
        where t.item_id = any(${pgArray(ids)}::int[]) and ${visible} order by t.item_id, t.effective_on, t.id`,
    ),
    /** The change in force on a day (the latest on or before it); none before the first. */
    statusOn: groupLoader(em, rows, ProgrammeItemStatus, asOfKeyText, (keys: readonly AsOfKey[], visible) => {
      const k = asOfKeys(keys);
      return sql`select ${k.key} as "__key", t.* from ${k.from}
        join lateral (select * from programme_item_status s where s.item_id = k.id and s.effective_on <= k.as_of
          order by s.effective_on desc, s.id desc limit 1) t on true where ${visible}`;
    }),
    /** How many of a programme's items (assigned by the day) stood in each status on that day. */
    statusCounts: valueLoader<AsOfKey, Record<string, number>>(
      em,
      asOfKeyText,
      (keys) => {
        const k = asOfKeys(keys);
        return sql`select ${k.key} as "__key", coalesce((select jsonb_object_agg(x.status, x.n) from (
            select s.status, count(*)::int as n from programme_item i
            cross join lateral (select status from programme_item_status ps where ps.item_id = i.id
              and ps.effective_on <= k.as_of order by ps.effective_on desc, ps.id desc limit 1) s
            where i.programme_id = k.id and i.assigned_on <= k.as_of group by s.status) x), '{}'::jsonb) as value
          from ${k.from}`;
      },
      {},
    ),
    documentsOfMeeting: groupLoader(
      em,
      rows,
      Document,
      String,
      (ids, visible) => sql`select l.meeting_id::text as "__key", t.* from meeting_document l
        join document t on t.id = l.document_id
        where l.meeting_id = any(${pgArray(ids)}::int[]) and ${visible} order by l.meeting_id, t.issued_on, t.id`,
    ),
    participants: groupLoader(
      em,
      rows,
      MeetingParticipant,
      String,
      (ids, visible) => sql`select t.meeting_id::text as "__key", t.* from meeting_participant t
        where t.meeting_id = any(${pgArray(ids)}::int[]) and ${visible} order by t.meeting_id, t.sort_order, t.id`,
    ),
  };
}

export type ProgrammesLoaders = ReturnType<typeof createProgrammesLoaders>;
