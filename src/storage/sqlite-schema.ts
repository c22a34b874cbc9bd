/**
 * Schema migrations, applied in order at open; `PRAGMA user_version` holds how many ran.
 * Append only: never edit a migration that has shipped.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE sessions (
    conversation_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX sessions_updated_at ON sessions (updated_at);

  CREATE TABLE transcript (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    sender TEXT NOT NULL CHECK (sender IN ('bot', 'user')),
    text TEXT NOT NULL,
    at INTEGER NOT NULL,
    slot TEXT
  );
  CREATE INDEX transcript_conversation ON transcript (conversation_id, seq);

  CREATE TABLE deliveries (
    conversation_id TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    outputs TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, delivery_id)
  ) WITHOUT ROWID;
  CREATE INDEX deliveries_at ON deliveries (at);

  CREATE TABLE handoffs (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    summary TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    delivered_at INTEGER,
    claimed_by TEXT,
    claimed_at INTEGER
  );
  CREATE INDEX handoffs_created ON handoffs (created_at DESC);
  CREATE INDEX handoffs_status_created ON handoffs (status, created_at DESC);
  CREATE INDEX handoffs_due ON handoffs (next_attempt_at) WHERE status IN ('pending', 'failed');
  CREATE INDEX handoffs_conversation ON handoffs (conversation_id);
  `,
  `
  -- NULL: the channel shows the outputs itself; n: it confirmed the first n shown, the rest wait (Slack).
  ALTER TABLE deliveries ADD COLUMN shown INTEGER;
  CREATE INDEX deliveries_unshown ON deliveries (at) WHERE shown IS NOT NULL;
  `,
  `
  -- The messages a channel posted for a hand-off (Slack: the message, its thread, reminders).
  CREATE TABLE handoff_posts (
    handoff_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('message', 'reply', 'reminder')),
    channel TEXT NOT NULL,
    ts TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (handoff_id, seq),
    UNIQUE (handoff_id, channel, ts)
  ) WITHOUT ROWID;
  `,
];
