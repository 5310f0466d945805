import { MAX_PACK_BYTES } from '../../domain/peers/peer-pack';
import { MAX_IMPORT_BYTES } from '../../domain/untrusted-json';
import { readFile } from './read-file';

/** A file that claims a size, and records whether anything read its bytes. */
function fileOf(text: string, name: string, size?: number) {
  const file = new File([text], name);
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const whole = vi.spyOn(file, 'arrayBuffer');
  return { file, whole };
}

describe('readFile', () => {
  it('refuses a file larger than any Keystone opens without reading a byte', async () => {
    const { file, whole } = fileOf('{}', 'huge.json', MAX_PACK_BYTES + 1);
    const slice = vi.spyOn(file, 'slice');
    expect(await readFile(file)).toEqual({
      ok: false,
      error: 'The file is too large (64.0 MB; the limit is 64 MB).',
    });
    expect(slice).not.toHaveBeenCalled();
    expect(whole).not.toHaveBeenCalled();
  });

  it('holds each kind to its own limit, read from its first bytes', async () => {
    const backup = '{"type":"keystone-backup","version":1,"state":{}}';
    const { file, whole } = fileOf(backup, 'backup.json', MAX_IMPORT_BYTES + 1);
    expect(await readFile(file)).toEqual({
      ok: false,
      error: 'The file is too large (20.0 MB; the limit is 20 MB).',
    });
    expect(whole).not.toHaveBeenCalled();
  });

  it('gives back the bytes and the kind of a file it knows', async () => {
    const text = '{"type":"keystone/role-draft","version":1}';
    const read = await readFile(new File([text], 'd.json'));
    expect(read.ok && read.kind).toBe('draft');
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe(text);
  });

  it('tells a shortcut where a file of another kind goes instead', async () => {
    const { file } = fileOf('{"type":"keystone/role-draft","version":1}', 'draft.json');
    const read = await readFile(file, ['backup']);
    expect(read).toEqual({
      ok: false,
      error:
        'This file is a role draft exported from Keystone, not a Keystone backup of all drafts. Open it with “Open a file”, which recognises every kind of file Keystone opens.',
    });
  });

  it('leaves a file it does not recognise to the shortcut’s own reader', async () => {
    const read = await readFile(new File(['not json'], 'pack.json'), [
      'peer-pack-json',
      'peer-pack-csv',
    ]);
    expect(read.ok && read.kind).toBe('peer-pack-json');
  });

  it('says so when the disk cannot give the file back', async () => {
    const { file } = fileOf('{}', 'gone.json');
    vi.spyOn(file, 'slice').mockReturnValue({
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    } as unknown as Blob);
    const read = await readFile(file);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(/could not be read from the disk/);
  });
});
