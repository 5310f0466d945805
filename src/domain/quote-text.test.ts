import { quoteText, visibleText } from './quote-text';

describe('file text in messages', () => {
  it('makes bidirectional overrides and controls visible, so a name cannot display reversed', () => {
    expect(quoteText('evil\u202Etxt.exe')).toBe('“evil[U+202E]txt.exe”');
    expect(visibleText('a\u0007b\u001b[31m')).toBe('a[U+0007]b[U+001B][31m');
    expect(visibleText('zero\u200bwidth\u2066iso')).toBe('zero[U+200B]width[U+2066]iso');
  });

  it('keeps every script and emoji as they are', () => {
    expect(quoteText('Siân Ελληνικά 中文 עברית 🧪')).toBe('“Siân Ελληνικά 中文 עברית 🧪”');
  });

  it('cuts long text without splitting an emoji', () => {
    expect(visibleText('🧪'.repeat(10), 3)).toBe('🧪🧪🧪…');
  });
});
