import { MAX_PACK_BYTES } from '../../domain/peers/peer-pack';
import { importPackFile } from './import-pack-file';

const savePack = vi.fn();
vi.mock('./peer-pack-db', () => ({
  savePack: (...args: unknown[]) => savePack(...args),
}));

beforeEach(() => savePack.mockReset());

/** A file that claims to be larger than the limit, and records whether anything read it. */
function hugeFile(name: string) {
  const file = new File(['{}'], name);
  Object.defineProperty(file, 'size', { value: MAX_PACK_BYTES + 1 });
  const read = vi.fn(() => Promise.resolve(''));
  Object.defineProperty(file, 'text', { value: read });
  Object.defineProperty(file, 'arrayBuffer', { value: read });
  return { file, read };
}

describe('importPackFile', () => {
  it.each(['network.json', 'network.csv'])(
    'refuses %s over the size limit before reading it, and saves nothing',
    async (name) => {
      const { file, read } = hugeFile(name);
      const outcome = await importPackFile(file, () => undefined);
      expect(outcome).toEqual({
        ok: false,
        errors: ['The file is too large (64.0 MB; the limit is 64 MB).'],
      });
      expect(read).not.toHaveBeenCalled();
      expect(savePack).not.toHaveBeenCalled();
    },
  );

  it('still reads and checks a file within the limit', async () => {
    const outcome = await importPackFile(new File(['not json'], 'pack.json'), () => undefined);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]).toMatch(/not valid JSON/);
    expect(savePack).not.toHaveBeenCalled();
  });
});
