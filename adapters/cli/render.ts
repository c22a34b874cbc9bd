import type { Output } from '../../src/index.js';

type Style = { bold: (s: string) => string; dim: (s: string) => string; accent: (s: string) => string };

/** Pure: ANSI styles, or none when colour is off. */
export function makeStyle(colour: boolean): Style {
  const wrap = (code: string) => (s: string) => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), accent: wrap('36') };
}

/** Pure: the core's outputs as text for a person at a terminal, choices numbered from 1. */
export function renderForTerminal(outputs: readonly Output[], style: Style): string {
  const parts = outputs.map((o) => {
    switch (o.kind) {
      case 'say':
        return o.text;
      case 'prompt': {
        const choices = o.choices.map((c, i) => `  ${style.accent(String(i + 1))}. ${c.label}`).join('\n');
        return `${style.bold(o.text)}${choices ? `\n${choices}\n${style.dim('(type a number or answer in your own words)')}` : ''}`;
      }
      case 'outcome':
        return o.sections
          .map((s) => `${style.bold(s.title)}\n${s.lines.map((l) => `  - ${l}`).join('\n')}`)
          .join('\n\n');
      case 'handoff':
        return `${o.text}\n${style.dim(`(hand-off ${o.summary.id} stored)`)}`;
      case 'end':
        return o.text;
      default: {
        const never: never = o;
        return never;
      }
    }
  });
  return `${parts.join('\n\n')}\n`;
}

/** Pure: a typed line as the core's input; a number picks the matching choice of the last question. */
export function readTerminalLine(
  line: string,
  choices: readonly { value: string }[],
): { kind: 'text'; text: string } | { kind: 'choice'; value: string } {
  const trimmed = line.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const choice = choices[Number(trimmed) - 1];
    if (choice) return { kind: 'choice', value: choice.value };
  }
  return { kind: 'text', text: line };
}
