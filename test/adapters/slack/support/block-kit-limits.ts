/** Slack's documented Block Kit limits that a message can break; returns every violation found. */
export function blockKitViolations(blocks: unknown[], maxBlocks = 50): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const blockIds = new Set<string>();
  const text = (where: string, t: { text?: unknown } | undefined, max: number): void => {
    if (typeof t?.text !== 'string') problems.push(`${where}: no text`);
    else if (t.text.length > max) problems.push(`${where}: ${t.text.length} chars > ${max}`);
    else if (t.text.length === 0) problems.push(`${where}: empty text`);
  };
  blocks.forEach((raw, i) => {
    const block = raw as Record<string, unknown>;
    const where = `block ${i} (${String(block.type)})`;
    const id = block.block_id;
    if (typeof id !== 'string' || id.length > 255) problems.push(`${where}: bad block_id`);
    else if (blockIds.has(id)) problems.push(`${where}: duplicate block_id ${id}`);
    else blockIds.add(id);
    const elements = (block.elements ?? []) as Record<string, unknown>[];
    const actionIds = new Set<string>();
    const buttons = [...elements, ...(block.accessory ? [block.accessory as Record<string, unknown>] : [])];
    for (const el of buttons) {
      if (el.type !== 'button') continue;
      text(`${where} button`, el.text as { text?: unknown }, 75);
      if (typeof el.value === 'string' && el.value.length > 2000) problems.push(`${where}: button value too long`);
      const actionId = String(el.action_id);
      if (actionIds.has(actionId)) problems.push(`${where}: duplicate action_id ${actionId}`);
      actionIds.add(actionId);
    }
    switch (block.type) {
      case 'header':
        text(where, block.text as { text?: unknown }, 150);
        break;
      case 'section': {
        if (block.text) text(where, block.text as { text?: unknown }, 3000);
        const fields = (block.fields ?? []) as { text?: unknown }[];
        if (fields.length > 10) problems.push(`${where}: ${fields.length} fields > 10`);
        fields.forEach((f, k) => {
          text(`${where} field ${k}`, f, 2000);
        });
        break;
      }
      case 'context':
        if (elements.length > 10) problems.push(`${where}: ${elements.length} elements > 10`);
        elements.forEach((e, k) => {
          text(`${where} element ${k}`, e as { text?: unknown }, 3000);
        });
        break;
      case 'actions':
        if (elements.length > 25) problems.push(`${where}: ${elements.length} elements > 25`);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  });
  return problems;
}
