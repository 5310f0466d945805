import { makeDraft } from '../../testing/make-draft';
import { MemoryStorage } from '../../testing/memory-storage';
import { useKeystoneStore } from '../keystone-store';
import { quarantinedKeys } from '../storage/quarantine';
import {
  readTypedNumbers,
  startTypedNumbers,
  TYPED_NUMBERS_KEY,
  TYPED_NUMBERS_VERSION,
} from './typed-numbers-store';

const draft = makeDraft({ id: 'd1' });

beforeEach(() => {
  useKeystoneStore.setState({ drafts: { d1: draft }, order: ['d1'], typedNumbers: {} });
});

describe('number texts that could not be read, kept on this device', () => {
  it('are saved as they are typed and come back after a reload', () => {
    const area = new MemoryStorage();
    const stop = startTypedNumbers(area);
    useKeystoneStore.getState().keepTypedNumber('d1/remit.sites', { text: 'lots', base: null });
    useKeystoneStore.getState().keepTypedNumber('gone/remit.sites', { text: 'six-ish', base: 2 });
    stop();
    useKeystoneStore.setState({ typedNumbers: {} });

    const again = startTypedNumbers(area);
    // Only texts of drafts that still exist are kept.
    expect(useKeystoneStore.getState().typedNumbers).toEqual({
      'd1/remit.sites': { text: 'lots', base: null },
    });
    useKeystoneStore.getState().keepTypedNumber('d1/remit.sites', null);
    expect(area.getItem(TYPED_NUMBERS_KEY)).toBeNull();
    again();
  });

  it('reads saved data without trusting it: a bad entry is skipped, a bad file set aside', () => {
    const area = new MemoryStorage();
    area.setItem(
      TYPED_NUMBERS_KEY,
      JSON.stringify({
        version: TYPED_NUMBERS_VERSION,
        typed: {
          'd1/remit.sites': { text: '400-500', base: 3 },
          'd1/remit.technicalStaff': { text: 7, base: null },
          'd1/authority.fte': { text: 'x', base: { $gt: 1 } },
          ['x'.repeat(400)]: { text: 'y', base: null },
        },
      }),
    );
    expect(readTypedNumbers(area)).toEqual({ 'd1/remit.sites': { text: '400-500', base: 3 } });

    for (const raw of ['{not json', '[]', JSON.stringify({ version: 99, typed: {} })]) {
      const bad = new MemoryStorage();
      bad.setItem(TYPED_NUMBERS_KEY, raw);
      expect(readTypedNumbers(bad)).toEqual({});
      expect(quarantinedKeys(bad).map((k) => bad.getItem(k))).toEqual([raw]);
    }
  });
});
