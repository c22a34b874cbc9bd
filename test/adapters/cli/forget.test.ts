import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteDirectLineStore } from '../../../src/storage/sqlite-direct-line-store.js';
import { SqliteSessionStore } from '../../../src/storage/sqlite-session-store.js';

const run = promisify(execFile);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function seeded(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'tas-forget-'));
  dirs.push(dir);
  const store = new SqliteSessionStore(dir);
  for (const id of ['web:gone', 'web:kept']) {
    await store.commitTurn({ conversationId: id, state: {}, at: 1, transcript: [{ from: 'user', text: 'hi', at: 1 }] });
  }
  await store.close();
  const streams = new SqliteDirectLineStore(dir);
  for (const id of ['gone', 'kept']) {
    streams.addConversation({ id, userId: 'visitor', at: 1 });
    streams.append(id, { activity: { type: 'message', text: 'hi' }, at: 1 });
  }
  streams.close();
  return dir;
}

async function forget(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/adapters/cli/forget.js', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run forget', () => {
  it('erases one conversation, its Direct Line stream included, and leaves the others', async () => {
    const dir = await seeded();
    const result = await forget(dir, 'web:gone');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Erased the data of conversation web:gone');
    const store = new SqliteSessionStore(dir);
    expect(await store.load('web:gone')).toBeUndefined();
    expect(await store.transcript('web:gone')).toEqual([]);
    expect(await store.load('web:kept')).toBeDefined();
    await store.close();
    const streams = new SqliteDirectLineStore(dir);
    expect(streams.getConversation('gone')).toBeUndefined();
    expect(streams.getConversation('kept')).toBeDefined();
    streams.close();
  });

  it('says so when nothing was stored, and shows its usage without an id', async () => {
    const dir = await seeded();
    expect((await forget(dir, 'web:unknown')).stdout).toContain('Nothing was stored for web:unknown');
    const usage = await forget(dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run forget');
  });
});
