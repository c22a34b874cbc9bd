/**
 * Summarises a V8 CPU profile: the functions with the most self time, and the most inclusive time by function.
 * usage: node --cpu-prof --cpu-prof-dir=prof dist/bench/inprocess.js --side ours --runs 1
 *        node dist/bench/profile-summary.js prof [top]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

function latestProfile(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const file = files[0];
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  return file;
}

function label(node: ProfileNode): string {
  const url = node.callFrame.url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/');
  return `${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`;
}

/** Self and inclusive time per function label, in microseconds, and the total. */
export function summarise(profile: Profile): {
  self: Map<string, number>;
  inclusive: Map<string, number>;
  total: number;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const perNode = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    perNode.set(id, (perNode.get(id) ?? 0) + dt);
    total += dt;
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, time] of perNode) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(label(node), (self.get(label(node)) ?? 0) + time);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n || seen.has(label(n))) continue;
      seen.add(label(n));
      inclusive.set(label(n), (inclusive.get(label(n)) ?? 0) + time);
    }
  }
  return { self, inclusive, total };
}

function main(): void {
  const dir = process.argv[2] ?? '.';
  const top = Number(process.argv[3] ?? 30);
  const { self, inclusive, total } = summarise(JSON.parse(readFileSync(latestProfile(dir), 'utf8')) as Profile);
  const print = (title: string, m: Map<string, number>) => {
    process.stdout.write(`--- ${title}\n`);
    for (const [name, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      process.stdout.write(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}\n`);
    }
  };
  process.stdout.write(`total ${(total / 1000).toFixed(0)} ms\n`);
  print('self', self);
  print('inclusive', inclusive);
}

main();
