import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'tas-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Event = { type: string; slot?: string; [k: string]: unknown };

/** Plays the built terminal adapter in JSON Lines mode, answering each prompt by its slot. */
function play(answers: Record<string, string>): Promise<Event[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', ['dist/adapters/cli/main.js', '--jsonl', '--today', '2026-11-25'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });
    const events: Event[] = [];
    let buffer = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no end: ${JSON.stringify(events.slice(-3))}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let i = buffer.indexOf('\n');
      while (i >= 0) {
        const event = JSON.parse(buffer.slice(0, i)) as Event;
        buffer = buffer.slice(i + 1);
        events.push(event);
        if (event.type === 'prompt')
          child.stdin.write(`${JSON.stringify({ text: answers[event.slot ?? ''] ?? "I'm not sure" })}\n`);
        i = buffer.indexOf('\n');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(events);
    });
  });
}

describe('terminal adapter (built program, JSON Lines)', () => {
  it('speaks the protocol from greeting to hand-off and stores the hand-off', async () => {
    const events = await play({
      narrative:
        'The IRS levied my bank account last week and froze $2,000. My rent is due December 1 and I cannot pay it.',
      tried_irs: 'no',
      disputes_amount: 'no, I owe it',
      notice: 'no letter',
      handoff: 'yes',
      contact_name: 'Sam Rivera',
      contact_email: 'sam@example.com',
      contact_phone: '614 555 0142',
      state: 'Ohio',
      represented: 'no',
      consent: 'yes',
    });
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('message');
    expect(events.find((e) => e.type === 'prompt')?.slot).toBe('narrative');
    expect(events.find((e) => e.type === 'outcome')).toMatchObject({
      recommendation: 'tas',
      basis: ['economic_burden'],
      urgency: 'emergency',
      deadlines: [],
      issue_type: 'levy_garnishment',
    });
    expect(types.at(-1)).toBe('end');
    const handoff = events.find((e) => e.type === 'handoff');
    expect(handoff?.id).toEqual(expect.any(String));

    const listed = spawnSync('node', ['dist/adapters/cli/handoffs.js', '--json'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    const records = JSON.parse(listed.stdout.toString()) as { summary: { id: string; contact: { email: string } } }[];
    expect(records.map((r) => r.summary.id)).toContain(handoff?.id);
    expect(records[0]?.summary.contact.email).toBe('sam@example.com');
  });

  it('answers a line that is not JSON with a message and keeps going', async () => {
    const child = spawnSync('node', ['dist/adapters/cli/main.js', '--jsonl'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      input: 'not json\n{"text":"talk to a person"}\n',
    });
    const events = child.stdout
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Event);
    expect(events.some((e) => e.type === 'message' && String(e.text).includes('JSON object'))).toBe(true);
    expect(events.some((e) => e.type === 'handoff')).toBe(true);
    expect(events.at(-1)?.type).toBe('end');
  });

  it('refuses a bad flag with usage and exit code 2', () => {
    const child = spawnSync('node', ['dist/adapters/cli/main.js', '--today', 'yesterday'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect(child.status).toBe(2);
    expect(child.stderr.toString()).toMatch(/YYYY-MM-DD/);
  });
});

describe('the terminal adapter when its reader goes away', () => {
  it('stops quietly, with no stack trace, when stdout is closed (piped into head)', () => {
    const run = spawnSync(
      'sh',
      ['-c', 'printf "hello\\nmore\\n" | node dist/adapters/cli/main.js --jsonl | head -c 1'],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(run.stdout).toBe('{');
    expect(run.stderr).not.toMatch(/EPIPE|at \w+ \(|Error/);
  });
});
