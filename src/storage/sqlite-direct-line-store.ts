import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  blankActivity,
  type DirectLineStore,
  type StreamAppend,
  type StreamConversation,
  type StreamDelivery,
  type StreamRecord,
} from './direct-line-store.js';
import { StorageError } from './session-store.js';

/**
 * The local Direct Line's own tables in the shared database file, versioned in `dl_meta` (the file's
 * user_version belongs to the session store). Append only: never edit a migration that has shipped.
 */
const migrations: readonly string[] = [
  `
  CREATE TABLE dl_conversations (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    touched_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX dl_conversations_touched ON dl_conversations (touched_at);

  CREATE TABLE dl_activities (
    conversation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    activity TEXT NOT NULL,
    dedupe_key TEXT,
    delivery TEXT CHECK (delivery IN ('pending', 'delivered', 'failed')),
    PRIMARY KEY (conversation_id, seq)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX dl_activities_key ON dl_activities (conversation_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
  CREATE INDEX dl_activities_pending ON dl_activities (conversation_id, seq) WHERE delivery = 'pending';

  CREATE TABLE dl_grants (
    token_hash TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX dl_grants_conversation ON dl_grants (conversation_id);
  CREATE INDEX dl_grants_expires ON dl_grants (expires_at);
  `,
];

type ActivityRow = { seq: number; activity: string; delivery: StreamDelivery | null };

function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL survives a process kill in WAL mode; a power cut may cost the last stream entries, which the
  // screening's own state (committed with FULL by the session store) does not depend on.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS dl_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID');
    const row = db.prepare<[], { value: number }>("SELECT value FROM dl_meta WHERE key = 'schema'").get();
    const version = row?.value ?? 0;
    if (version > migrations.length) {
      throw new StorageError(
        'schema-too-new',
        `${file} has Direct Line schema ${version}; this code knows ${migrations.length}`,
      );
    }
    for (const sql of migrations.slice(version)) db.exec(sql);
    db.prepare("INSERT OR REPLACE INTO dl_meta (key, value) VALUES ('schema', ?)").run(migrations.length);
  }).immediate();
  return db;
}

function prepareStatements(db: Database.Database) {
  return {
    addConversation: db.prepare<[string, string, number]>(
      'INSERT INTO dl_conversations (id, user_id, touched_at) VALUES (?, ?, ?)',
    ),
    getConversation: db.prepare<[string], { user_id: string; size: number; touched_at: number }>(
      'SELECT user_id, size, touched_at FROM dl_conversations WHERE id = ?',
    ),
    addGrant: db.prepare<[string, string, number]>(
      'INSERT OR REPLACE INTO dl_grants (token_hash, conversation_id, expires_at) VALUES (?, ?, ?)',
    ),
    findGrant: db.prepare<[string], { conversation_id: string; expires_at: number }>(
      'SELECT conversation_id, expires_at FROM dl_grants WHERE token_hash = ?',
    ),
    byKey: db.prepare<[string, string], ActivityRow>(
      'SELECT seq, activity, delivery FROM dl_activities WHERE conversation_id = ? AND dedupe_key = ?',
    ),
    insertActivity: db.prepare<[string, number, string, string | null, string | null]>(
      'INSERT INTO dl_activities (conversation_id, seq, activity, dedupe_key, delivery) VALUES (?, ?, ?, ?, ?)',
    ),
    grow: db.prepare<[number, string]>('UPDATE dl_conversations SET size = size + 1, touched_at = ? WHERE id = ?'),
    read: db.prepare<[string, number], ActivityRow>(
      'SELECT seq, activity, delivery FROM dl_activities WHERE conversation_id = ? AND seq >= ? ORDER BY seq',
    ),
    setDelivery: db.prepare<[string, string, number]>(
      'UPDATE dl_activities SET delivery = ? WHERE conversation_id = ? AND seq = ? AND delivery IS NOT NULL',
    ),
    pending: db.prepare<[string], ActivityRow>(
      "SELECT seq, activity, delivery FROM dl_activities WHERE conversation_id = ? AND delivery = 'pending' ORDER BY seq",
    ),
    idle: db.prepare<[number], { id: string }>('SELECT id FROM dl_conversations WHERE touched_at < ?'),
    expired: db.prepare<[number]>('DELETE FROM dl_grants WHERE expires_at <= ?'),
    forget: ['dl_activities', 'dl_grants'].map((table) =>
      db.prepare<[string]>(`DELETE FROM ${table} WHERE conversation_id = ?`),
    ),
    forgetConversation: db.prepare<[string]>('DELETE FROM dl_conversations WHERE id = ?'),
    settled: db.prepare<[string], { seq: number; activity: string }>(
      "SELECT seq, activity FROM dl_activities WHERE conversation_id = ? AND delivery IS NOT 'pending'",
    ),
    rewrite: db.prepare<[string, string, number]>(
      'UPDATE dl_activities SET activity = ? WHERE conversation_id = ? AND seq = ?',
    ),
  };
}

const toRecord = (row: ActivityRow): StreamRecord => ({
  seq: row.seq,
  activity: JSON.parse(row.activity) as Record<string, unknown>,
  delivery: row.delivery,
});

/** The local Direct Line's state in `<dataDir>/tas.sqlite`, beside the sessions, so an open Web Chat survives a restart. */
export class SqliteDirectLineStore implements DirectLineStore {
  private readonly db: Database.Database;
  private readonly sql: ReturnType<typeof prepareStatements>;
  private readonly appendOne: (conversationId: string, entry: StreamAppend) => ReturnType<DirectLineStore['append']>;
  private readonly erase: (conversationId: string) => void;
  private readonly expire: (idleBefore: number, now: number) => void;
  private readonly blankAll: (conversationId: string) => void;

  /** Opens (creating the directory, file and tables as needed); throws StorageError on a newer schema. */
  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = openDatabase(join(dataDir, 'tas.sqlite'));
    this.sql = prepareStatements(this.db);
    this.appendOne = this.db.transaction((conversationId: string, entry: StreamAppend) => {
      const conversation = this.sql.getConversation.get(conversationId);
      if (!conversation) return undefined;
      const earlier = entry.key === undefined ? undefined : this.sql.byKey.get(conversationId, entry.key);
      if (earlier) return { record: toRecord(earlier), created: false };
      const seq = conversation.size;
      const activity = JSON.stringify(entry.activity);
      this.sql.insertActivity.run(conversationId, seq, activity, entry.key ?? null, entry.delivery ?? null);
      this.sql.grow.run(entry.at, conversationId);
      return { record: { seq, activity: JSON.parse(activity), delivery: entry.delivery ?? null }, created: true };
    });
    this.erase = this.db.transaction((conversationId: string) => {
      for (const statement of this.sql.forget) statement.run(conversationId);
      this.sql.forgetConversation.run(conversationId);
    });
    this.blankAll = this.db.transaction((conversationId: string) => {
      for (const row of this.sql.settled.all(conversationId)) {
        const blank = blankActivity(JSON.parse(row.activity) as Record<string, unknown>);
        this.sql.rewrite.run(JSON.stringify(blank), conversationId, row.seq);
      }
    });
    this.expire = this.db.transaction((idleBefore: number, now: number) => {
      for (const { id } of this.sql.idle.all(idleBefore)) this.erase(id);
      this.sql.expired.run(now);
    });
  }

  addConversation(conversation: { id: string; userId: string; at: number }): void {
    this.sql.addConversation.run(conversation.id, conversation.userId, conversation.at);
  }

  getConversation(id: string): StreamConversation | undefined {
    const row = this.sql.getConversation.get(id);
    return row ? { id, userId: row.user_id, size: row.size, touchedAt: row.touched_at } : undefined;
  }

  addGrant(grant: { tokenHash: string; conversationId: string; expiresAt: number }): void {
    this.sql.addGrant.run(grant.tokenHash, grant.conversationId, grant.expiresAt);
  }

  findGrant(tokenHash: string): { conversationId: string; expiresAt: number } | undefined {
    const row = this.sql.findGrant.get(tokenHash);
    return row ? { conversationId: row.conversation_id, expiresAt: row.expires_at } : undefined;
  }

  append(conversationId: string, entry: StreamAppend): { record: StreamRecord; created: boolean } | undefined {
    return this.appendOne(conversationId, entry);
  }

  read(conversationId: string, fromSeq: number): StreamRecord[] {
    return this.sql.read.all(conversationId, Math.max(0, fromSeq)).map(toRecord);
  }

  setDelivery(conversationId: string, seq: number, delivery: StreamDelivery): void {
    this.sql.setDelivery.run(delivery, conversationId, seq);
  }

  pending(conversationId: string): StreamRecord[] {
    return this.sql.pending.all(conversationId).map(toRecord);
  }

  sweep(idleBefore: number, now: number): void {
    this.expire(idleBefore, now);
  }

  forget(conversationId: string): void {
    this.erase(conversationId);
    // Erased rows must not linger as old page images in the WAL either; busy readers only postpone it.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  blank(conversationId: string): void {
    this.blankAll(conversationId);
    // secure_delete zeroes the old cells; the WAL's old page images must go as well.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
