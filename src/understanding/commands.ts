import { normalizeText } from './text-normalize.js';

/** A command said at any turn; `change` carries the text after the cue ("actually the letter came last week"). */
export type Command =
  | { kind: 'help' }
  | { kind: 'why' }
  | { kind: 'back' }
  | { kind: 'restart' }
  | { kind: 'agent' }
  | { kind: 'delete-data' }
  | { kind: 'change'; text: string };

type PlainKind = Exclude<Command['kind'], 'change'>;

/** Commands that must be (nearly) the whole message: single words that also occur inside answers. */
const WHOLE: ReadonlyArray<[PlainKind, string]> = [
  [
    'help',
    'help|help me|ayuda|ayudame|i dont understand|dont understand|i dont get it|im confused|confused|no entiendo|huh|what',
  ],
  ['why', 'why|why so|why that|por que|porque|para que|why is that'],
  ['back', 'back|go back|previous|undo|atras|regresar|volver|back up'],
  ['restart', 'restart|reset|start over|reiniciar|empezar de nuevo|comenzar de nuevo'],
  ['agent', 'human|agent|representative|person|a person|a human|an agent|a representative|operator'],
  ['delete-data', 'forget me|forget about me'],
];
/** Specific phrases: a command when the message is short or starts with them. */
const STRONG: ReadonlyArray<[PlainKind, string]> = [
  [
    'help',
    'what do you mean|what does that mean|what does this mean|what does it mean|i dont understand the question|' +
      'dont understand the question|i dont understand what you mean|i dont understand what you are asking|' +
      'help me understand|no entiendo la pregunta|que significa|que quiere decir|i need help with this question',
  ],
  [
    'why',
    'why do you ask|why are you asking|why does that matter|why does it matter|why does this matter|why do you need|' +
      'why do you want to know|why is that important|why is this important|why that question|why this question|' +
      'por que pregunta|por que me pregunta|por que preguntas|por que importa|para que necesita',
  ],
  [
    'back',
    'go back|previous question|last question|undo that|volver atras|pregunta anterior|go to the previous question',
  ],
  [
    'restart',
    'start over|start again|begin again|start from scratch|empezar de nuevo|comenzar de nuevo|empezar otra vez',
  ],
  [
    'agent',
    'talk to a person|talk to a human|talk to a real person|real person|talk to someone|speak to someone|' +
      'speak to a person|speak to a human|speak to a lawyer|talk to a lawyer|speak to an attorney|talk to an attorney|' +
      'speak with someone|talk with someone|speak with a person|talk with a person|live agent|real human|' +
      'talk to an agent|speak to an agent|talk to a representative|speak to a representative|can i talk to someone|' +
      'hablar con una persona|hablar con alguien|hablar con un abogado|hablar con un agente|hablar con un humano',
  ],
  [
    'delete-data',
    'delete my data|delete my information|delete my info|delete my details|forget me|erase my information|' +
      'erase my data|erase my info|remove my data|remove my information|delete everything|delete this conversation|' +
      'borrar mis datos|borra mis datos|borren mis datos|elimina mis datos|eliminar mis datos',
  ],
];
const POLITE_PREFIX =
  /^(?:(?:please|pls|plz|can i|could i|may i|can you|could you|i want to|i would like to|id like to|i need to|i wanna|let me|let s|lets|quiero|puedo|necesito|por favor|um|uh|ok|okay|hey|so|just|wait|sorry|hmm|i)\s+)*/;
const POLITE_SUFFIX = /(?:\s+(?:please|pls|plz|now|por favor|thanks|thank you|asap|right now|again|lol))*$/;
const CHANGE_CUE =
  /^\s*(?:(?:oh|um|uh|sorry|ok|okay|no|hmm)[\s,.!]+)*(?:actually|wait|correction|i meant|change my answer(?:\s+to)?|let me change my answer(?:\s+to)?|can i change my answer(?:\s+to)?|scratch that|en realidad|perd[oó]n|quise decir|correcci[oó]n|corrijo)\b[\s,:;.!-]*/i;
const SHORT = 8;

const WHOLE_PATTERNS = WHOLE.map(([kind, list]) => [kind, new RegExp(`^(?:${list})$`)] as const);
const STRONG_PATTERNS = STRONG.map(([kind, list]) => [kind, new RegExp(`(?:^| )(?:${list})(?: |$)`)] as const);

/** Pure: the command a message gives (help, why, back, restart, agent, delete-data, change), or undefined for an answer. */
export function detectCommand(text: string): Command | undefined {
  const change = CHANGE_CUE.exec(text);
  if (change) {
    const rest = text
      .slice(change[0].length)
      .replace(/^[\s?.!,;:]+$/, '')
      .trim();
    // "change my answer" alone asks which one; a bare "actually" or "wait" is no command.
    if (rest === '') return /change|correc|corrijo/i.test(change[0]) ? { kind: 'change', text: '' } : undefined;
    return detectPlain(rest) ?? { kind: 'change', text: rest };
  }
  return detectPlain(text);
}

function detectPlain(text: string): Command | undefined {
  const normalized = normalizeText(text);
  if (normalized === '') return undefined;
  const core = normalized.replace(POLITE_PREFIX, '').replace(POLITE_SUFFIX, '');
  const whole = WHOLE_PATTERNS.find(([, pattern]) => pattern.test(core));
  if (whole) return { kind: whole[0] };
  const short = normalized.split(' ').length <= SHORT;
  for (const [kind, pattern] of STRONG_PATTERNS) {
    const match = pattern.exec(core);
    if (match && (short || match.index === 0)) return { kind };
  }
  return undefined;
}
