import { describe, expect, it } from 'vitest';
import { parseEmail, parseName, parsePhone, parseState } from '../../src/understanding/contact.js';

const value = (result: { ok: true; value: string } | { ok: false; error: string }) =>
  result.ok ? result.value : result.error;

describe('parseEmail', () => {
  it.each([
    ['rosalind@example.com', 'rosalind@example.com'],
    ['its Darnell.Price+tax@Mail.Example.org.', 'darnell.price+tax@mail.example.org'],
    ['my email is keisha_w@gmail.com thanks', 'keisha_w@gmail.com'],
    ['ana at gmail dot com', 'ana@gmail.com'],
    ['no email', 'unclear'],
    ['rosalind@', 'unclear'],
  ])('reads %j as %j', (text, expected) => {
    expect(value(parseEmail(text))).toBe(expected);
  });
});

describe('parsePhone', () => {
  it.each([
    ['614-555-0142', '(614) 555-0142'],
    ['(614) 555-0142', '(614) 555-0142'],
    ['6145550142', '(614) 555-0142'],
    ['614.555.0142', '(614) 555-0142'],
    ['614 555 0142', '(614) 555-0142'],
    ['+1 614 555 0142', '(614) 555-0142'],
    ['1-614-555-0142', '(614) 555-0142'],
    ['call me at 614 555-0142 after 5', '(614) 555-0142'],
    ['+52 33 1234 5678', '+523312345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['555-0142', 'unclear'],
    ['123-45-6789', 'unclear'],
    ['no phone', 'unclear'],
  ])('reads %j as %j', (text, expected) => {
    expect(value(parsePhone(text))).toBe(expected);
  });
});

describe('parseState', () => {
  it.each([
    ['Ohio', 'OH'],
    ['ohio', 'OH'],
    ['OH', 'OH'],
    ['oh', 'OH'],
    ['tx', 'TX'],
    ['I live in Texas', 'TX'],
    ['Columbus, OH', 'OH'],
    ['Tulsa, OK 74103', 'OK'],
    ['new york', 'NY'],
    ['New Mexico', 'NM'],
    ['West Virginia', 'WV'],
    ['virginia', 'VA'],
    ['Washington', 'WA'],
    ['Washington, D.C.', 'DC'],
    ['DC', 'DC'],
    ['Puerto Rico', 'PR'],
    ['vivo en Puerto Rico', 'PR'],
    ['guam', 'GU'],
    ['Atlanta, Georgia', 'GA'],
    ['I moved from Ohio to Florida', 'FL'],
    ['vivo en Mexico, Jalisco. En Estados Unidos vivia en California', 'abroad:Mexico'],
    ['I live in Toronto now, I used to live in Michigan', 'abroad:Canada'],
    ['I live overseas', 'abroad:unspecified'],
    ['I was born in Mexico but I live in Arizona', 'AZ'],
    ['somewhere', 'unclear'],
    ['I am in the middle of it', 'unclear'],
  ])('reads %j as %j', (text, expected) => {
    expect(value(parseState(text))).toBe(expected);
  });
});

describe('parseName', () => {
  it.each([
    ['my name is Rosalind Fairweather', 'Rosalind Fairweather'],
    ['Darnell Price', 'Darnell Price'],
    ['its keisha', 'Keisha'],
    ["it's Keisha", 'Keisha'],
    ['darnell price', 'Darnell Price'],
    ['Me llamo Ana García', 'Ana García'],
    ['soy maría josé lópez', 'María José López'],
    ['hi, this is Tom O’Neil', 'Tom O’Neil'],
    ['Mary-Kate Smith-Jones.', 'Mary-Kate Smith-Jones'],
    ['I am Darnell, thanks', 'Darnell'],
    ['yes', 'unclear'],
    ['idk', 'unclear'],
    ['I would rather not say', 'unclear'],
    ['they took my paycheck and I cant pay rent', 'unclear'],
    ['614-555-0142', 'unclear'],
    ['', 'unclear'],
  ])('reads %j as %j', (text, expected) => {
    expect(value(parseName(text))).toBe(expected);
  });
});
