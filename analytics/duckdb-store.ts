import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { statementBudget } from '../services/deadline.js';
import { DomainError } from '../services/errors.js';

export type Row = Record<string, unknown>;
export type SqlParam = string | number;
/** Runs one statement against one replica generation; BIGINT arrives as number, DATE as YYYY-MM-DD. */
export type Query = (sql: string, params?: SqlParam[]) => Promise<Row[]>;

/** What a reader gets beside `query`: the snapshot it reads and a batched reader for results too big to hold. */
export interface ReadContext {
  info: ReplicaInfo;
  /** Rows in batches as DuckDB produces them (same conversions as Query). */
  stream(sql: string, params?: SqlParam[]): AsyncIterable<Row[]>;
}

/** What a published generation records about the snapshot it holds. */
export interface ReplicaInfo {
  snapshotAt: string;
  durationMs: number;
  rows: number;
  /** The PostgreSQL snapshot (`pg_snapshot` text) the replica holds: a catch-up applies what it did not see. */
  horizon: string | null;
}

interface Generation {
  schema: string;
  info: ReplicaInfo;
  readers: number;
  retired: boolean;
}

const GENERATION = /^g_(\d+)$/;

/**
 * The DuckDB file and its replica generations. Each full sync builds a new schema `g_<n>` beside the
 * live one; publishing swaps a pointer (and records it in `main.replica_state` for restarts), so
 * a reader pinned to the old generation finishes on it, and the old schema is dropped once the
 * last such reader is done. A catch-up changes the live generation in one DuckDB transaction
 * (`write`); each reader holds one transaction too, so it sees the replica before or after a
 * catch-up, never half of one, and neither waits for the other (MVCC).
 */
export class DuckStore {
  private instance?: Promise<DuckDBInstance>;
  private live?: Generation;
  private lastNumber = 0;

  /** `statementTimeoutMs` caps each read statement (a request's deadline may cap it further). */
  constructor(
    private readonly file: string,
    private readonly statementTimeoutMs?: number,
  ) {}

  /** The published replica, if any (also one left by a previous run of the process). */
  async current(): Promise<ReplicaInfo | undefined> {
    await this.open();
    return this.live?.info;
  }

  /**
   * Runs `fn` with queries pinned to the live generation and to one DuckDB transaction (one
   * connection: its statements take turns, a stream holding it until consumed).
   */
  async read<T>(fn: (query: Query, context: ReadContext) => Promise<T>): Promise<T> {
    const instance = await this.open();
    const gen = this.live;
    if (!gen) throw new DomainError('ANALYTICS_NOT_READY', 'The analytics replica has not been synced yet');
    // The request's deadline as it was when the read began (its statements may wait for their turn).
    const left = statementBudget();
    const deadline = left === undefined ? undefined : Date.now() + left;
    gen.readers++;
    const conn = await instance.connect().catch((e) => {
      gen.readers--;
      throw e;
    });
    const turn = turns();
    try {
      await conn.run(`set search_path = '${gen.schema}'; begin transaction`);
      return await fn((sql, params) => turn(() => runOn(conn, sql, params, this.readBudget(deadline))), {
        info: gen.info,
        stream: (sql, params) => streamOn(conn, turn, sql, params),
      });
    } finally {
      conn.closeSync();
      gen.readers--;
      if (gen.retired && gen.readers === 0) await this.drop(gen.schema);
    }
  }

  /**
   * Changes the live generation in one transaction on one connection: readers keep the snapshot they
   * started with until `fn` commits. `info` (from `fn`'s result) is recorded in the same transaction.
   */
  async write(fn: (exec: Query) => Promise<ReplicaInfo>): Promise<ReplicaInfo> {
    const instance = await this.open();
    const gen = this.live;
    if (!gen) throw new DomainError('ANALYTICS_NOT_READY', 'The analytics replica has not been synced yet');
    const conn = await instance.connect();
    try {
      await conn.run(`set search_path = '${gen.schema}'; begin transaction`);
      const info = await fn((sql, params) => runOn(conn, sql, params));
      await conn.run(
        `delete from main.replica_state; insert into main.replica_state values (${stateValues(gen.schema, info)}); commit`,
      );
      gen.info = info;
      return info;
    } catch (e) {
      await conn.run('rollback').catch(() => {});
      throw e;
    } finally {
      conn.closeSync();
    }
  }

  /** This DuckDB file's name for itself (made once), under which PostgreSQL keeps its horizon. */
  async identity(): Promise<string> {
    const [row] = await this.run('main', 'select id from replica_identity');
    return String(row?.id);
  }

  /** Builds a new generation with `fn`, whose queries create tables in it; dropped again if `fn` fails. */
  async build<T>(fn: (exec: Query) => Promise<T>): Promise<{ schema: string; result: T }> {
    await this.open();
    const schema = `g_${++this.lastNumber}`;
    await this.run('main', `create schema ${schema}`);
    try {
      const result = await fn((sql, params) => this.run(schema, sql, params));
      return { schema, result };
    } catch (e) {
      await this.drop(schema);
      throw e;
    }
  }

  /** Makes a built generation the live one, atomically for readers. */
  async publish(schema: string, info: ReplicaInfo): Promise<void> {
    await this.run(
      'main',
      `begin; delete from replica_state; insert into replica_state values (${stateValues(schema, info)}); commit`,
    );
    const old = this.live;
    this.live = { schema, info, readers: 0, retired: false };
    if (old) {
      old.retired = true;
      if (old.readers === 0) await this.drop(old.schema);
    }
  }

  async close(): Promise<void> {
    const instance = this.instance;
    this.instance = undefined;
    if (instance) (await instance).closeSync();
  }

  private open(): Promise<DuckDBInstance> {
    // A failed open (file locked by another process, disk full) is retried by the next caller.
    this.instance ??= this.create().catch((e) => {
      this.instance = undefined;
      throw e;
    });
    return this.instance;
  }

  private readBudget(deadline: number | undefined): number | undefined {
    if (deadline === undefined) return this.statementTimeoutMs;
    // Spent while waiting for its turn: interrupted at once, so it fails as DEADLINE_EXCEEDED like a late one.
    const left = Math.max(1, deadline - Date.now());
    return this.statementTimeoutMs === undefined ? left : Math.min(left, this.statementTimeoutMs);
  }

  private async create(): Promise<DuckDBInstance> {
    if (this.file !== ':memory:') mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
    // Tables are built with explicit ORDER BY where order matters; elsewhere order need not be kept.
    const instance = await DuckDBInstance.create(this.file, { preserve_insertion_order: 'false' });
    const conn = await instance.connect();
    try {
      await conn.run(
        `create table if not exists replica_state (schema_name VARCHAR, snapshot_at VARCHAR, duration_ms BIGINT, row_count BIGINT);
         alter table replica_state add column if not exists horizon VARCHAR;
         create table if not exists replica_identity as select uuid()::VARCHAR as id`,
      );
      const [state] = (await conn.runAndReadAll('select * from replica_state')).getRowObjectsJS();
      if (state) {
        const info = {
          snapshotAt: String(state.snapshot_at),
          durationMs: Number(state.duration_ms),
          rows: Number(state.row_count),
          // A file written before change capture holds no horizon: its first catch-up is a full sync.
          horizon: state.horizon === null || state.horizon === undefined ? null : String(state.horizon),
        };
        this.live = { schema: String(state.schema_name), info, readers: 0, retired: false };
      }
      const schemas = (
        await conn.runAndReadAll(
          'select schema_name from information_schema.schemata where catalog_name = current_database()',
        )
      ).getRowObjectsJS();
      for (const { schema_name } of schemas) {
        const name = String(schema_name);
        const number = GENERATION.exec(name)?.[1];
        if (!number) continue;
        this.lastNumber = Math.max(this.lastNumber, Number(number));
        // Leftovers of a sync that died half-way.
        if (name !== this.live?.schema) await conn.run(`drop schema ${name} cascade`);
      }
    } finally {
      conn.closeSync();
    }
    return instance;
  }

  /** One statement on a fresh connection; unqualified names resolve (and tables are created) in `searchPath`'s first entry. */
  private async run(searchPath: string, sql: string, params?: SqlParam[]): Promise<Row[]> {
    const conn: DuckDBConnection = await (await this.open()).connect();
    try {
      await conn.run(`set search_path = '${searchPath}'`);
      return await runOn(conn, sql, params);
    } finally {
      conn.closeSync();
    }
  }

  private async drop(schema: string): Promise<void> {
    // A schema that cannot be dropped now is a leftover the next open() removes; readers must not fail for it.
    await this.run('main', `drop schema if exists ${schema} cascade`).catch(() => {});
  }
}

/** A statement still running after `timeoutMs` is interrupted. */
async function runOn(conn: DuckDBConnection, sql: string, params?: SqlParam[], timeoutMs?: number): Promise<Row[]> {
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => conn.interrupt(), timeoutMs);
  try {
    const reader = await conn.runAndReadAll(sql, params);
    return reader.getRowObjectsJS().map(toPlain);
  } finally {
    clearTimeout(timer);
  }
}

/** Takes a turn on the connection for as long as the stream is read. */
async function* streamOn(conn: DuckDBConnection, turn: Turns, sql: string, params?: SqlParam[]): AsyncGenerator<Row[]> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const started = new Promise<void>((begin) => {
    turn(() => {
      begin();
      return held;
    }).catch(() => {});
  });
  await started;
  try {
    const result = await conn.stream(sql, params);
    for await (const rows of result.yieldRowObjectJs()) yield rows.map(toPlain);
  } finally {
    release();
  }
}

type Turns = <T>(task: () => Promise<T>) => Promise<T>;

/** Runs tasks one after another (one DuckDB connection runs one statement at a time). */
function turns(): Turns {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => {});
    return run;
  };
}

function stateValues(schema: string, info: ReplicaInfo): string {
  const horizon = info.horizon === null ? 'null' : `'${info.horizon}'`;
  return `'${schema}', '${info.snapshotAt}', ${info.durationMs}, ${info.rows}, ${horizon}`;
}

function toPlain(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v;
  }
  return out;
}
