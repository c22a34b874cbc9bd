import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found upward from this file: works from source (tsx) and from dist/. */
function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * Where the page's static files live. They are served from the source folder `adapters/web/`
 * (the build compiles only .ts), so `npm run build` needs no copy step.
 */
export function webAssetsDir(): string {
  return join(findProjectRoot(dirname(fileURLToPath(import.meta.url))), 'adapters', 'web');
}

/** The installed Web Chat bundle (full build: the minimal one has no Adaptive Cards). */
export function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(main), '..', 'dist', 'webchat.js');
}
