/** Pure: `template` with each `{name}` replaced by `vars[name]` (unknown names are left as they are). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
