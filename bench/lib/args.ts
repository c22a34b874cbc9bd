/** Pure: `--name value` and bare `--flag` options from argv, as strings ('true' for a bare flag). */
export function readOptions(argv: readonly string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      options.set(arg.slice(2), next);
      i++;
    } else options.set(arg.slice(2), 'true');
  }
  return options;
}

/** Pure: a whole-number option, or the fallback when absent or not a number. */
export function intOption(options: Map<string, string>, name: string, fallback: number): number {
  const value = Number.parseInt(options.get(name) ?? '', 10);
  return Number.isFinite(value) ? value : fallback;
}
