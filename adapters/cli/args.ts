import { fail, ok, type Result } from '../../src/terminal.js';

/** The terminal adapter's options. */
export type CliArgs = { jsonl: boolean; today?: string; conversation?: string; json: boolean; help: boolean };

/** Pure: reads argv (without node and script); a bad flag is an error message, never a throw. */
export function parseCliArgs(argv: readonly string[]): Result<CliArgs, string> {
  const args: CliArgs = { jsonl: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--jsonl') args.jsonl = true;
    else if (flag === '--json') args.json = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--today' || flag === '--conversation') {
      const value = argv[++i];
      if (!value) return fail(`${flag} needs a value`);
      if (flag === '--today') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
          return fail('--today takes a date as YYYY-MM-DD');
        args.today = value;
      } else args.conversation = value;
    } else return fail(`unknown option ${flag}`);
  }
  return ok(args);
}
