import { unknownVersionMessage } from './version-messages';

describe('the message for a version Keystone does not recognise', () => {
  it('shows the version found', () => {
    expect(unknownVersionMessage('file', 'two')).toBe(
      'The file has no version Keystone recognises (two).',
    );
  });

  it('says what it found, even when the value cannot be turned into text', () => {
    const hostile = JSON.parse('{"toString":false}') as unknown;
    expect(unknownVersionMessage('peer pack', hostile)).toBe(
      'The peer pack has no version Keystone recognises (an object).',
    );
  });
});
