import { describe, expect, it } from 'vitest';
import { redact } from '../../src/understanding/redact.js';

describe('redact', () => {
  it.each([
    ['my ssn is 123-45-6789', 'my ssn is [redacted SSN]'],
    ['SSN 123 45 6789 thanks', 'SSN [redacted SSN] thanks'],
    ['social is 123456789', 'social is [redacted SSN]'],
    ['123456789 is my social', '[redacted SSN] is my social'],
    ['my itin 912-70-1234', 'my itin [redacted SSN]'],
    ['our EIN is 12-3456789', 'our EIN is [redacted EIN]'],
    ['ein 123456789', 'ein [redacted EIN]'],
    ['employer id 987654321', 'employer id [redacted EIN]'],
    ['account number 00123456789', 'account number [redacted account number]'],
    ['routing 021000021 and acct 1234567890', 'routing [redacted account number] and acct [redacted account number]'],
    ['my checking is 4455667788', 'my checking is [redacted account number]'],
    ['savings acct # 12-3456-78', 'savings acct # [redacted account number]'],
    ['card 4111 1111 1111 1111', 'card [redacted card number]'],
    ['4111-1111-1111-1111', '[redacted card number]'],
    ['charged to 5500000000000004 yesterday', 'charged to [redacted card number] yesterday'],
  ])('redacts %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'call me at (614) 555-0142',
    'call me at 614-555-0142 or 6145550142',
    'zip 43215',
    'they took $3,100 from my checking account',
    'I owe 14,200 for 2023',
    'CP504 dated 11/9/2026, letter 1058',
    'I have 2 kids and my bank account is frozen',
    '1234 5678 9012 3456',
    'my refund of 123456789 dollars',
  ])('keeps %j intact', (text) => {
    expect(redact(text)).toBe(text);
  });
});
