import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCREEN_COMMAND } from '../../../adapters/slack/listeners.js';

const manifest = readFileSync(new URL('../../../adapters/slack/manifest.yml', import.meta.url), 'utf8');
/** The `- item` lines right under `key:`. */
function listUnder(key: string): string[] {
  const lines = manifest.split('\n');
  const items: string[] = [];
  for (const line of lines.slice(lines.findIndex((l) => l.trim() === `${key}:`) + 1)) {
    const item = /^\s+- ([\w.:]+)/.exec(line)?.[1];
    if (!item) break;
    items.push(item);
  }
  return items;
}

describe('manifest.yml', () => {
  it('asks for exactly the scopes the app uses', () => {
    expect(listUnder('bot').sort()).toEqual(
      ['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history'].sort(),
    );
  });

  it('subscribes to the events the adapter listens to, and declares the command on /slack/events', () => {
    expect(listUnder('bot_events').sort()).toEqual(
      ['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im'].sort(),
    );
    expect(manifest).toContain(`command: ${SCREEN_COMMAND}`);
    expect(manifest.match(/url: https:\/\/screening\.example\.com\/slack\/events/g)).toHaveLength(3);
  });
});
