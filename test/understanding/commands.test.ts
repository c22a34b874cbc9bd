import { describe, expect, it } from 'vitest';
import { detectCommand } from '../../src/understanding/commands.js';

describe('detectCommand', () => {
  it.each([
    ['help', 'help'],
    ['Help!', 'help'],
    ['help me', 'help'],
    ['please help', 'help'],
    ['what do you mean', 'help'],
    ['what do you mean by hardship?', 'help'],
    ['i dont understand the question', 'help'],
    ["I don't understand", 'help'],
    ['no entiendo', 'help'],
    ['why', 'why'],
    ['why?', 'why'],
    ['why do you ask', 'why'],
    ['why are you asking', 'why'],
    ['why are you asking me this?', 'why'],
    ['why does that matter', 'why'],
    ['por que', 'why'],
    ['¿por qué?', 'why'],
    ['back', 'back'],
    ['go back', 'back'],
    ['previous question', 'back'],
    ['undo', 'back'],
    ['can we go back', 'back'],
    ['start over', 'restart'],
    ['restart', 'restart'],
    ['reset', 'restart'],
    ['empezar de nuevo', 'restart'],
    ['I want to start over please', 'restart'],
    ['talk to a person', 'agent'],
    ['real person', 'agent'],
    ['human', 'agent'],
    ['agent', 'agent'],
    ['representative', 'agent'],
    ['can i talk to someone', 'agent'],
    ['Can I talk to someone?', 'agent'],
    ['speak to a lawyer', 'agent'],
    ['I want to speak to a lawyer about this', 'agent'],
    ['quiero hablar con una persona', 'agent'],
    ['hablar con una persona', 'agent'],
    ['delete my data', 'delete-data'],
    ['forget me', 'delete-data'],
    ['erase my information', 'delete-data'],
    ['please delete my data now', 'delete-data'],
  ])('reads %j as %s', (text, kind) => {
    expect(detectCommand(text)).toEqual({ kind });
  });

  it.each([
    ['actually the letter came last week', 'the letter came last week'],
    ['Actually, it was an LT11', 'it was an LT11'],
    ['wait, I did call them', 'I did call them'],
    ['correction: it is dated 11/9', 'it is dated 11/9'],
    ['i meant no', 'no'],
    ['sorry, I meant yes', 'yes'],
    ['change my answer to yes', 'yes'],
    ['change my answer, it was 3 months', 'it was 3 months'],
    ['en realidad fue en mayo', 'fue en mayo'],
  ])('reads %j as a change to %j', (text, rest) => {
    expect(detectCommand(text)).toEqual({ kind: 'change', text: rest });
  });

  it('reads "change my answer" alone as asking which one, and a bare "actually" as nothing', () => {
    expect(detectCommand('change my answer')).toEqual({ kind: 'change', text: '' });
    expect(detectCommand('can i change my answer?')).toEqual({ kind: 'change', text: '' });
    expect(detectCommand('actually')).toBeUndefined();
  });

  it('reads a command after a change cue as that command', () => {
    expect(detectCommand('actually, can i talk to a person')).toEqual({ kind: 'agent' });
  });

  it.each([
    'what do i even do, please help',
    'they levied my bank and I need help paying rent this month, please help me',
    'yes',
    'no',
    'I need help with a levy on my wages',
    'the agent said it would take 60 days',
    'I already have a representative',
    'why did the IRS take my whole refund when I sent them everything twice',
    'I sent it back in March',
    'my employer said they would reset the garnishment',
    'actually',
    'wait',
    'I talked to a person at the IRS last week and they said wait',
    '',
  ])('leaves %j as an answer', (text) => {
    expect(detectCommand(text)).toBeUndefined();
  });
});
