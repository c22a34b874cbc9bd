import type { OutcomeSection, Output } from '../../src/index.js';

type OutcomeOutput = Extract<Output, { kind: 'outcome' }>;
type HandoffOutput = Extract<Output, { kind: 'handoff' }>;

/** An Adaptive Card element, as plain JSON. */
type CardElement = Record<string, unknown>;

/** An Adaptive Card attachment, ready for `activity.attachments`. */
export type CardAttachment = {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: Record<string, unknown>;
};

// 1.5 is the newest schema Teams renders; Web Chat renders it too.
const CARD_VERSION = '1.5';

/** The header colour follows urgency, so an emergency stands out without any adapter wording. */
const headerStyles = { emergency: 'attention', high: 'warning', routine: 'accent' } as const;

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function bullet(line: string): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'auto', items: [textBlock('•', { isSubtle: true })] },
      { type: 'Column', width: 'stretch', items: [textBlock(line)] },
    ],
  };
}

function sectionBlock(section: OutcomeSection): CardElement {
  return {
    type: 'Container',
    spacing: 'Medium',
    separator: true,
    items: [
      textBlock(section.title, { weight: 'Bolder', size: 'Medium', style: 'heading' }),
      ...section.lines.map((line) => (section.lines.length > 1 ? bullet(line) : textBlock(line, { spacing: 'Small' }))),
    ],
  };
}

function headerBlock(section: OutcomeSection, style: string): CardElement {
  return {
    type: 'Container',
    style,
    bleed: true,
    items: [
      textBlock(section.title, { weight: 'Bolder', size: 'Large', style: 'heading' }),
      ...section.lines.map((line) => textBlock(line, { spacing: 'Small' })),
    ],
  };
}

function card(body: CardElement[], fallbackText: string): CardAttachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      type: 'AdaptiveCard',
      version: CARD_VERSION,
      fallbackText,
      speak: fallbackText,
      body,
    },
  };
}

/**
 * Pure: the outcome as an Adaptive Card. The first section (the recommendation) is the coloured header;
 * every other section (reasons, deadlines, what TAS can do, next steps) follows with its own title.
 */
export function toOutcomeCard(output: OutcomeOutput): CardAttachment {
  const [first, ...rest] = output.sections;
  if (!first) return card([textBlock(output.text)], output.text);
  return card([headerBlock(first, headerStyles[output.outcome.urgency]), ...rest.map(sectionBlock)], output.text);
}

/**
 * Pure: the hand-off confirmation as an Adaptive Card, in the "good" colour. A short first paragraph
 * followed by more becomes the heading; otherwise every paragraph is plain text.
 */
export function toHandoffCard(output: HandoffOutput): CardAttachment {
  const paragraphs = output.text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [first, ...rest] = paragraphs;
  const hasHeading = first !== undefined && rest.length > 0 && first.length <= 80;
  const top = hasHeading
    ? [textBlock(first, { weight: 'Bolder', size: 'Medium', style: 'heading' })]
    : paragraphs.slice(0, 1).map((line) => textBlock(line));
  return card(
    [
      { type: 'Container', style: 'good', bleed: true, items: top },
      ...rest.map((line) => textBlock(line, { spacing: 'Medium' })),
    ],
    output.text,
  );
}
