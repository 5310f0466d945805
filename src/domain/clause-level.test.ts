import { clauseLevel, LEVEL_WORDS } from './clause-level';

describe('a word for every clause score', () => {
  it.each([
    [0, 'Not evidenced'],
    [1, 'Weak'],
    [34, 'Weak'],
    [35, 'Partial'],
    [74, 'Partial'],
    [75, 'Strong'],
    [100, 'Strong'],
  ])('%i reads as %s', (score, word) => {
    expect(LEVEL_WORDS[clauseLevel(score)]).toBe(word);
  });
});
