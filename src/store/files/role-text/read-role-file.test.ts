import { MAX_ROLE_FILE_BYTES } from '../../../domain/files/role-file-kind';
import { chosen, makeDocx, makePdf, makeZip, SAMPLE_ROLE } from '../../../../tests/unit/role-files';
import { readRoleFile } from './read-role-file';

const text = (s: string) => new TextEncoder().encode(s);

const ENGLISH = `${SAMPLE_ROLE.title}\n\n${SAMPLE_ROLE.intro}\n\n${SAMPLE_ROLE.heading}:\n${SAMPLE_ROLE.duties.map((d) => `- ${d}`).join('\n')}\n`;

async function refused(name: string, bytes: Uint8Array, size?: number) {
  const read = await readRoleFile(chosen(name, bytes, size));
  if (read.ok) throw new Error(`expected ${name} to be refused`);
  return read.error;
}

describe('reading a job description file', () => {
  it('reads a Word file: headings, list items and paragraphs in order', async () => {
    const read = await readRoleFile(chosen('role.docx', await makeDocx()));
    expect(read).toMatchObject({ ok: true, kind: 'docx' });
    if (!read.ok) return;
    expect(read.text).toContain(`${SAMPLE_ROLE.heading}:`);
    for (const duty of SAMPLE_ROLE.duties) expect(read.text).toContain(`• ${duty}`);
    expect(read.text.indexOf(SAMPLE_ROLE.intro)).toBeLessThan(read.text.indexOf('• Lead'));
  });

  it('reads a PDF with its text', async () => {
    const read = await readRoleFile(chosen('role.pdf', makePdf()));
    expect(read).toMatchObject({ ok: true, kind: 'pdf' });
    if (!read.ok) return;
    expect(read.text.replace(/\s+/g, ' ')).toContain('reports to the Chief Operating Officer');
    expect(read.text).toContain('Manage a budget of £2.4m');
  });

  it('reads plain text, UTF-8 or Windows-1252', async () => {
    const utf8 = await readRoleFile(chosen('role.txt', text(ENGLISH)));
    expect(utf8).toMatchObject({ ok: true, kind: 'text', text: ENGLISH });
    const latin = Uint8Array.from(ENGLISH, (c) => (c === '£' ? 0xa3 : c.charCodeAt(0)));
    const old = await readRoleFile(chosen('role.md', latin));
    expect(old.ok && old.text).toContain('£2.4m');
  });

  it('refuses a scanned PDF with no text, and says to paste the text', async () => {
    expect(await refused('scan.pdf', makePdf(SAMPLE_ROLE, { noText: true }))).toMatch(
      /no text.*scan.*paste the text/s,
    );
  });

  it('refuses a PDF with a password, and says how to get the text', async () => {
    expect(await refused('locked.pdf', makePdf(SAMPLE_ROLE, { password: 'secret' }))).toMatch(
      /password.*paste it/s,
    );
  });

  it('refuses an old binary .doc, and says to save it as .docx', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refused('role.doc', ole)).toMatch(/old Word \(\.doc\).*save it as \.docx/s);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const error = await refused('huge.pdf', new Uint8Array(8), MAX_ROLE_FILE_BYTES + 1);
    expect(error).toMatch(/too large.*paste the text/s);
  });

  it('refuses a .docx zip bomb before unpacking it', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'word/document.xml', data: new Uint8Array(150 * 1_048_576) },
    ]);
    expect(bomb.byteLength).toBeLessThan(1_048_576);
    expect(await refused('bomb.docx', bomb)).toMatch(/unpack to 150 MB.*paste the text/s);
  });

  it('refuses a .docx that is not a zip, or a zip with no document in it', async () => {
    expect(await refused('fake.docx', text(ENGLISH))).toMatch(/not a Word document/);
    const zip = makeZip([{ name: 'notes.txt', data: text(ENGLISH) }]);
    expect(await refused('other.docx', zip)).toMatch(/not a Word document/);
    const torn = (await makeDocx()).slice(0, 2000);
    expect(await refused('torn.docx', torn)).toMatch(/damaged/);
  });

  it('refuses text in another language, and an empty file', async () => {
    const welsh =
      'Bydd Pennaeth y Gwasanaethau Technegol yn arwain y gymuned dechnegol ar draws y Brifysgol ac yn adrodd i’r Prif Swyddog Gweithredu. Mae’r swydd yn gyfrifol am strategaeth dechnegol y sefydliad a chyllideb o ddwy filiwn o bunnoedd.';
    expect(await refused('swydd.txt', text(welsh))).toMatch(/not look like English/);
    expect(await refused('empty.txt', new Uint8Array(0))).toMatch(/empty.*paste the text/s);
    expect(await refused('blank.txt', text('  \n\n  '))).toMatch(/no text/);
  });
});
