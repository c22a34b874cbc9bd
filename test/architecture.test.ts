import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ spec: m[3] as string, typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ spec: m[1] as string, typeOnly: false });
  return found;
}

const CHANNEL_SDKS = /^(botbuilder|botframework-|@slack\/|express)/;

describe('architecture', () => {
  it('keeps the core free of adapters, channel SDKs and HTTP frameworks', () => {
    const offenders = sources('src').flatMap((file) =>
      imports(file)
        .filter(({ spec }) => CHANNEL_SDKS.test(spec) || spec.includes('/adapters/'))
        .map(({ spec }) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('imports natural only in src/understanding, and only from its lib subpaths', () => {
    const offenders = [...sources('src'), ...sources('adapters'), ...sources('dialogs')].flatMap((file) =>
      imports(file)
        .filter(
          ({ spec }) =>
            spec === 'natural' || (spec.startsWith('natural/') && !relative('src/understanding', file).match(/^[^.]/)),
        )
        .map(({ spec }) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps dialogs as data: they import only dialog definitions, types and each other', () => {
    const offenders = sources('dialogs').flatMap((file) =>
      imports(file)
        .filter(({ spec, typeOnly }) => !typeOnly && !spec.startsWith('./') && !spec.startsWith('../src/dialog/'))
        .map(({ spec }) => `${file} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps adapters apart: no adapter imports another, and the core only through src/index (or src/terminal)', () => {
    const offenders = sources('adapters').flatMap((file) => {
      const own = file.split('/')[1];
      return imports(file)
        .filter(({ spec }) => {
          // src/terminal is the terminal's narrower surface: what its first prompt needs, and no more.
          if (/^(\.\.\/)+src\//.test(spec)) return !/^(\.\.\/)+src\/(index|terminal)\.js$/.test(spec);
          // Advisor-facing labels are wording, kept with the dialogs as data; nothing else of dialogs/ is theirs.
          if (/^(\.\.\/)+dialogs\//.test(spec)) return !/^(\.\.\/)+dialogs\/[\w-]+-labels\.js$/.test(spec);
          const other = spec.match(/^\.\.\/([\w-]+)\//)?.[1];
          // The server is the composition root: it mounts every adapter.
          return other !== undefined && other !== own && own !== 'server';
        })
        .map(({ spec }) => `${file} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it("keeps zod and the other channels' code off the terminal's start: its static imports never reach them", () => {
    // Static imports only (not `import()`): what loads before the first prompt. bench/README.md, "Cold start".
    const staticImports = (file: string): string[] =>
      [
        ...readFileSync(join(root, file), 'utf8').matchAll(
          /^(import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
        ),
      ].map((m) => m[2] as string);
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of staticImports(file)) {
        if (spec.startsWith('.')) visit(join(dirname(file), spec).replace(/\.js$/, '.ts'));
        else if (/^(zod|pino|chrono-node|dotenv|botbuilder|@slack\/|express)/.test(spec))
          offenders.push(`${file} imports ${spec}`);
      }
    };
    visit('adapters/cli/main.ts');
    expect(offenders).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });
});
