import { toExchangeJson } from '../exchange/draft-exchange';
import { toHandoffJson } from '../handoff/handoff-file';
import { makeDraft } from '../../testing/make-draft';
import { recogniseFile } from './recognise-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const kindOf = (name: string, text: string | Uint8Array, type = '') => {
  const found = recogniseFile(name, type, typeof text === 'string' ? bytes(text) : text);
  return found.ok ? found.kind : found.error;
};

describe('recogniseFile', () => {
  it('knows each Keystone file by the type it is stamped with, whatever its name', () => {
    expect(kindOf('draft.json', toExchangeJson(makeDraft()))).toBe('draft');
    expect(kindOf('renamed.txt', toExchangeJson(makeDraft()))).toBe('draft');
    expect(kindOf('b.json', '{"type":"keystone-backup","version":1}')).toBe('backup');
    expect(kindOf('h.json', toHandoffJson(makeDraft(), { name: 'A', role: '' }, ''))).toBe(
      'handoff',
    );
    expect(kindOf('p.json', '\ufeff{\n  "type": "keystone/peer-pack", "version": 1 }')).toBe(
      'peer-pack-json',
    );
  });

  it('takes a CSV by its name, its media type or its documented columns', () => {
    expect(kindOf('network.csv', 'anything')).toBe('peer-pack-csv');
    expect(kindOf('network', 'a,b', 'text/csv')).toBe('peer-pack-csv');
    expect(kindOf('export.txt', 'id,institution_type,nation\nr1,research,england')).toBe(
      'peer-pack-csv',
    );
  });

  it('says what a JSON file that Keystone did not make is, and what it opens instead', () => {
    expect(kindOf('x.json', '{"hello": 1}')).toMatch(
      /not made by Keystone.*no "type".*opens a role draft/,
    );
    expect(kindOf('x.json', '{"type": "excalidraw"}')).toMatch(/its "type" is “excalidraw”/);
  });

  it('names the documents people try, and says what to do instead', () => {
    expect(kindOf('jd.pdf', bytes('%PDF-1.7 ...'))).toMatch(/PDF document.*copy the text/);
    expect(kindOf('jd.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(
      /word-processor document/,
    );
    expect(kindOf('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatch(
      /word-processor document/,
    );
    expect(kindOf('peers.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toMatch(
      /spreadsheet.*save it as CSV/,
    );
  });

  it('refuses an empty file and one it does not recognise, plainly', () => {
    expect(kindOf('empty.json', '')).toBe('The file is empty.');
    expect(kindOf('notes.txt', 'Head of technical services')).toMatch(
      /does not recognise this file/,
    );
  });
});
