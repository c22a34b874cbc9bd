import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isBuiltHandoffSummary } from '../handoff/summary.js';
import type { handoffSummarySchema } from '../handoff/summary-schema.js';
import type {
  HandoffPost,
  HandoffPosts,
  HandoffRecord,
  HandoffStore,
  PurgeCounts,
  PurgePolicy,
  ReplyOutbox,
  SessionStore,
  StoredSession,
  TranscriptEntry,
  TurnCommit,
  UnshownDelivery,
} from './session-store.js';
import { migrations } from './sqlite-schema.js';
import { StorageError } from './storage-error.js';

type HandoffRow = {
  id: string;
  summary: string;
  status: HandoffRecord['status'];
  attempts: number;
  last_error: string | null;
  next_attempt_at: number;
  created_at: number;
  delivered_at: number | null;
  claimed_by: string | null;
  claimed_at: number | null;
};
type UnshownRow = { conversation_id: string; delivery_id: string; outputs: string; shown: number; at: number };
type TranscriptRow = { sender: 'bot' | 'user'; text: string; at: number; slot: string | null };

function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL: in WAL mode a commit survives the process being killed; a power cut may lose the last turns,
  // which the person answers again. A turn that hands off commits with FULL (see commitTurn).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000'); // `npm run handoffs` may hold the file while the server writes
  // Deleted rows are overwritten with zeros, so forgotten and purged data does not linger in free pages.
  db.pragma('secure_delete = ON');
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version > migrations.length) {
    db.close();
    throw new StorageError('schema-too-new', `${file} has schema ${version}; this code knows ${migrations.length}`);
  }
  migrations.slice(version).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + i + 1}`);
    })();
  });
  return db;
}

type SummarySchema = typeof handoffSummarySchema;
let summarySchema: Promise<SummarySchema> | undefined;
/** The hand-off schema (and zod), loaded at the first hand-off written or read: opening the store needs neither. */
function loadSummarySchema(): Promise<SummarySchema> {
  summarySchema ??= import('../handoff/summary-schema.js').then((module) => module.handoffSummarySchema);
  return summarySchema;
}

function toRecord(schema: SummarySchema, row: HandoffRow): HandoffRecord {
  const parsed = schema.safeParse(JSON.parse(row.summary));
  if (!parsed.success) {
    throw new StorageError('corrupt-record', `hand-off ${row.id} does not match the summary schema`, {
      cause: parsed.error,
    });
  }
  const record: HandoffRecord = {
    summary: parsed.data,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
  };
  if (row.last_error !== null) record.lastError = row.last_error;
  if (row.delivered_at !== null) record.deliveredAt = row.delivered_at;
  if (row.claimed_by !== null) record.claimedBy = row.claimed_by;
  if (row.claimed_at !== null) record.claimedAt = row.claimed_at;
  return record;
}

function prepareStatements(db: Database.Database) {
  return {
    load: db.prepare<[string], { state: string; updated_at: number }>(
      'SELECT state, updated_at FROM sessions WHERE conversation_id = ?',
    ),
    saveState: db.prepare<[string, string, number]>(
      `INSERT INTO sessions (conversation_id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (conversation_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ),
    appendLine: db.prepare<[string, string, string, number, string | null]>(
      'INSERT INTO transcript (conversation_id, sender, text, at, slot) VALUES (?, ?, ?, ?, ?)',
    ),
    addHandoff: db.prepare<[string, string, string, number, number]>(
      `INSERT INTO handoffs (id, conversation_id, summary, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, 'pending', ?, ?)`,
    ),
    // A repeated delivery keeps the first outputs, the ones the person was answered with.
    addDelivery: db.prepare<[string, string, string, number, number | null]>(
      'INSERT OR IGNORE INTO deliveries (conversation_id, delivery_id, outputs, at, shown) VALUES (?, ?, ?, ?, ?)',
    ),
    markShown: db.prepare<[number | null, string, string]>(
      'UPDATE deliveries SET shown = ? WHERE conversation_id = ? AND delivery_id = ? AND shown IS NOT NULL',
    ),
    unshown: db.prepare<[string, string, number], UnshownRow>(
      `SELECT conversation_id, delivery_id, outputs, shown, at FROM deliveries
       WHERE shown IS NOT NULL AND substr(conversation_id, 1, length(?)) = ? ORDER BY at LIMIT ?`,
    ),
    // Only a conversation's latest delivery is answered again in full; for older ones the id is enough.
    dropOlderOutputs: db.prepare<[string, string]>(
      `UPDATE deliveries SET outputs = '' WHERE conversation_id = ? AND delivery_id != ? AND shown IS NULL
       AND outputs != ''`,
    ),
    findDelivery: db.prepare<[string, string], { outputs: string }>(
      'SELECT outputs FROM deliveries WHERE conversation_id = ? AND delivery_id = ?',
    ),
    transcript: db.prepare<[string], TranscriptRow>(
      'SELECT sender, text, at, slot FROM transcript WHERE conversation_id = ? ORDER BY seq',
    ),
    forget: [
      db.prepare<[string]>(
        'DELETE FROM handoff_posts WHERE handoff_id IN (SELECT id FROM handoffs WHERE conversation_id = ?)',
      ),
      ...['sessions', 'transcript', 'deliveries', 'handoffs'].map((table) =>
        db.prepare<[string]>(`DELETE FROM ${table} WHERE conversation_id = ?`),
      ),
    ],
    // Recorded only while the hand-off exists (it may have been forgotten while Slack was answering).
    addPost: db.prepare<[{ id: string; kind: string; channel: string; ts: string; at: number }]>(
      `INSERT OR IGNORE INTO handoff_posts (handoff_id, seq, kind, channel, ts, at)
       SELECT id, (SELECT coalesce(max(seq), 0) + 1 FROM handoff_posts WHERE handoff_id = @id), @kind, @channel, @ts, @at
       FROM handoffs WHERE id = @id`,
    ),
    posts: db.prepare<[string], HandoffPost>(
      'SELECT kind, channel, ts, at FROM handoff_posts WHERE handoff_id = ? ORDER BY seq',
    ),
    purge: {
      sessions: db.prepare<[number]>('DELETE FROM sessions WHERE updated_at < ?'),
      deliveries: db.prepare<[number]>('DELETE FROM deliveries WHERE at < ?'),
      transcriptLines: db.prepare<[number]>('DELETE FROM transcript WHERE at < ?'),
      handoffs: db.prepare<[number]>('DELETE FROM handoffs WHERE created_at < ?'),
      handoffPosts: db.prepare<[number]>(
        'DELETE FROM handoff_posts WHERE handoff_id IN (SELECT id FROM handoffs WHERE created_at < ?)',
      ),
    },
    listAll: db.prepare<[], HandoffRow>('SELECT * FROM handoffs ORDER BY created_at DESC, rowid DESC'),
    listByStatus: db.prepare<[string], HandoffRow>(
      'SELECT * FROM handoffs WHERE status = ? ORDER BY created_at DESC, rowid DESC',
    ),
    getHandoff: db.prepare<[string], HandoffRow>('SELECT * FROM handoffs WHERE id = ?'),
    due: db.prepare<[number, number], HandoffRow>(
      `SELECT * FROM handoffs WHERE status IN ('pending', 'failed') AND next_attempt_at <= ?
       ORDER BY next_attempt_at, created_at LIMIT ?`,
    ),
    delivered: db.prepare<[number, string]>(
      `UPDATE handoffs SET status = 'delivered', delivered_at = ?, attempts = attempts + 1
       WHERE id = ? AND status != 'delivered'`,
    ),
    failed: db.prepare<[string, number, string]>(
      `UPDATE handoffs SET status = 'failed', last_error = ?, next_attempt_at = ?, attempts = attempts + 1
       WHERE id = ? AND status != 'delivered'`,
    ),
    claim: db.prepare<[string, number, string]>(
      'UPDATE handoffs SET claimed_by = ?, claimed_at = ? WHERE id = ? AND claimed_by IS NULL',
    ),
    claimedBy: db.prepare<[string], { claimed_by: string | null }>('SELECT claimed_by FROM handoffs WHERE id = ?'),
  };
}

/** The embedded default store: one SQLite file, `<dataDir>/tas.sqlite`, WAL, one transaction per turn. */
export class SqliteSessionStore implements SessionStore, HandoffStore, HandoffPosts, ReplyOutbox {
  private readonly db: Database.Database;
  private readonly sql: ReturnType<typeof prepareStatements>;
  private readonly commit: (turn: TurnCommit) => void;
  private readonly erase: (conversationId: string) => void;
  private readonly expire: (policy: PurgePolicy) => PurgeCounts;

  /** Opens (creating the directory, file and schema as needed); throws StorageError on a newer schema. */
  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = openDatabase(join(dataDir, 'tas.sqlite'));
    this.sql = prepareStatements(this.db);
    this.commit = this.db.transaction((turn: TurnCommit) => {
      const id = turn.conversationId;
      this.sql.saveState.run(id, JSON.stringify(turn.state), turn.at);
      for (const line of turn.transcript) this.sql.appendLine.run(id, line.from, line.text, line.at, line.slot ?? null);
      if (turn.handoff) {
        this.sql.addHandoff.run(turn.handoff.id, id, JSON.stringify(turn.handoff), turn.at, turn.at);
      }
      if (turn.delivery) {
        const { delivery } = turn;
        this.sql.dropOlderOutputs.run(id, delivery.id);
        this.sql.addDelivery.run(
          id,
          delivery.id,
          JSON.stringify(delivery.outputs ?? null),
          turn.at,
          delivery.confirm ? 0 : null,
        );
      }
    });
    this.erase = this.db.transaction((conversationId: string) => {
      for (const statement of this.sql.forget) statement.run(conversationId);
    });
    this.expire = this.db.transaction(({ idleBefore, deleteBefore }: PurgePolicy): PurgeCounts => {
      const closeBefore = Math.max(idleBefore, deleteBefore);
      // The posts' references go with their hand-offs (not counted: they hold nothing a person said).
      this.sql.purge.handoffPosts.run(deleteBefore);
      return {
        sessions: this.sql.purge.sessions.run(closeBefore).changes,
        deliveries: this.sql.purge.deliveries.run(closeBefore).changes,
        transcriptLines: this.sql.purge.transcriptLines.run(deleteBefore).changes,
        handoffs: this.sql.purge.handoffs.run(deleteBefore).changes,
      };
    });
  }

  /** Copies the WAL into the file and empties it, so erased rows leave no old page images behind. */
  private truncateWal(): void {
    // Busy readers only postpone it: the next checkpoint finishes the job.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async load(conversationId: string): Promise<StoredSession | undefined> {
    const row = this.sql.load.get(conversationId);
    return row ? { state: JSON.parse(row.state) as unknown, updatedAt: row.updated_at } : undefined;
  }

  async commitTurn(turn: TurnCommit): Promise<void> {
    // Refuse a malformed hand-off before writing anything: it could never be read back. One our code built is
    // typed already (a test proves those pass the schema); anything else is parsed.
    if (turn.handoff && !isBuiltHandoffSummary(turn.handoff)) (await loadSummarySchema()).parse(turn.handoff);
    // A hand-off is a client: its commit waits for the disk (FULL), which also syncs every turn before it.
    if (turn.handoff) this.db.pragma('synchronous = FULL');
    try {
      this.commit(turn);
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new StorageError('conflict', `hand-off ${turn.handoff?.id} already exists`, { cause: error });
      }
      throw error;
    } finally {
      if (turn.handoff) this.db.pragma('synchronous = NORMAL');
    }
  }

  async addHandoffPost(handoffId: string, post: HandoffPost): Promise<void> {
    this.sql.addPost.run({ id: handoffId, ...post });
  }

  async handoffPosts(handoffId: string): Promise<HandoffPost[]> {
    return this.sql.posts.all(handoffId).map((row) => ({ ...row }));
  }

  async markShown(conversationId: string, deliveryId: string, shown?: number): Promise<void> {
    this.sql.markShown.run(shown ?? null, conversationId, deliveryId);
  }

  async unshownDeliveries(prefix: string, limit: number): Promise<UnshownDelivery[]> {
    return this.sql.unshown.all(prefix, prefix, limit).map((row) => ({
      conversationId: row.conversation_id,
      deliveryId: row.delivery_id,
      outputs: JSON.parse(row.outputs) as unknown,
      shown: row.shown,
      at: row.at,
    }));
  }

  async findDelivery(conversationId: string, deliveryId: string): Promise<unknown | undefined> {
    const row = this.sql.findDelivery.get(conversationId, deliveryId);
    if (!row) return undefined;
    return row.outputs === '' ? [] : (JSON.parse(row.outputs) as unknown);
  }

  async transcript(conversationId: string): Promise<TranscriptEntry[]> {
    return this.sql.transcript.all(conversationId).map((row) => {
      const entry: TranscriptEntry = { from: row.sender, text: row.text, at: row.at };
      if (row.slot !== null) entry.slot = row.slot;
      return entry;
    });
  }

  async forget(conversationId: string): Promise<void> {
    this.erase(conversationId);
    this.truncateWal();
  }

  async purge(policy: PurgePolicy): Promise<PurgeCounts> {
    const counts = this.expire(policy);
    if (Object.values(counts).some((n) => n > 0)) this.truncateWal();
    return counts;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async listHandoffs(filter?: { status?: HandoffRecord['status'] }): Promise<HandoffRecord[]> {
    const rows = filter?.status ? this.sql.listByStatus.all(filter.status) : this.sql.listAll.all();
    const schema = await loadSummarySchema();
    return rows.map((row) => toRecord(schema, row));
  }

  async getHandoff(id: string): Promise<HandoffRecord | undefined> {
    const row = this.sql.getHandoff.get(id);
    return row ? toRecord(await loadSummarySchema(), row) : undefined;
  }

  async dueForDelivery(now: number, limit: number): Promise<HandoffRecord[]> {
    const rows = this.sql.due.all(now, limit);
    const schema = await loadSummarySchema();
    return rows.map((row) => toRecord(schema, row));
  }

  async markDelivered(id: string, at: number): Promise<void> {
    this.sql.delivered.run(at, id);
  }

  async markAttemptFailed(id: string, error: string, nextAttemptAt: number): Promise<void> {
    this.sql.failed.run(error, nextAttemptAt, id);
  }

  async claimHandoff(id: string, by: string, at: number): Promise<{ ok: true } | { ok: false; claimedBy: string }> {
    if (this.sql.claim.run(by, at, id).changes === 1) return { ok: true };
    const row = this.sql.claimedBy.get(id);
    if (!row) throw new StorageError('not-found', `no hand-off ${id}`);
    // claimed_by is set: the conditional update above only fails on a claimed row
    const claimedBy = row.claimed_by ?? '';
    return claimedBy === by ? { ok: true } : { ok: false, claimedBy };
  }
}
