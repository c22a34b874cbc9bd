/** Slack's per-text limit for section and context texts. */
export const TEXT_LIMIT = 3000;

/** Pure: text safe inside Slack mrkdwn (no mentions, links or channel pings from what people typed). */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Pure: `text` cut to `limit` characters, ending in an ellipsis when cut. */
export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Pure: the template with each `{name}` replaced by its value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Pure: lines packed into texts of at most `limit` characters each; an over-long line is cut. */
export function packLines(lines: string[], limit = TEXT_LIMIT): string[] {
  const texts: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, limit);
    if (current && current.length + 1 + line.length > limit) {
      texts.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) texts.push(current);
  return texts;
}

/** Pure: a Slack user mention for an id we stored ('slack:U123' or 'U123'); anything else is shown as text. */
export function mentionUser(id: string): string {
  const raw = id.startsWith('slack:') ? id.slice('slack:'.length) : id;
  return /^[UW][A-Z0-9]+$/.test(raw) ? `<@${raw}>` : escapeMrkdwn(raw);
}
