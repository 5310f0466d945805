/**
 * Job description files made in the test, as a person's tools would make them: a Word file
 * (docx), PDFs with text, without text (a scan) and with a password (jspdf), and zips built
 * byte by byte (a zip bomb, a zip that is not a Word file). Node only.
 */
import { deflateRawSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { jsPDF } from 'jspdf';
import type { ChosenFile } from '../../src/store/files/read-file';

export const SAMPLE_ROLE = {
  title: 'Head of Technical Services',
  intro:
    'The Head of Technical Services leads the technical community across the University and reports to the Chief Operating Officer.',
  heading: 'Main duties',
  duties: [
    'Lead the development of the institutional technical strategy.',
    'Manage a budget of £2.4m and approve capital equipment purchases.',
    'Support the faculties in planning their technical workforce.',
  ],
};

export function chosen(name: string, bytes: Uint8Array, size = bytes.byteLength): ChosenFile {
  const blob = new Blob([bytes.slice()]);
  return {
    name,
    type: '',
    size,
    slice: (start, end) => blob.slice(start, end),
    arrayBuffer: () => blob.arrayBuffer(),
  };
}

export async function makeDocx(role = SAMPLE_ROLE): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: role.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph(role.intro),
          new Paragraph({ text: role.heading, heading: HeadingLevel.HEADING_2 }),
          ...role.duties.map((d) => new Paragraph({ text: d, bullet: { level: 0 } })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

type PdfOptions = { password?: string; noText?: boolean };

export function makePdf(role = SAMPLE_ROLE, options: PdfOptions = {}): Uint8Array {
  const pdf = new jsPDF(
    options.password
      ? {
          encryption: {
            userPassword: options.password,
            ownerPassword: `${options.password}-owner`,
            userPermissions: ['print'],
          },
        }
      : {},
  );
  if (options.noText) {
    // A scan: the page is a picture, with no text in it.
    pdf.setFillColor(200, 200, 200);
    pdf.rect(20, 20, 170, 240, 'F');
  } else {
    let y = 20;
    const line = (text: string, size = 11) => {
      pdf.setFontSize(size);
      for (const part of pdf.splitTextToSize(text, 170) as string[]) {
        pdf.text(part, 20, y);
        y += size * 0.5;
      }
      y += 4;
    };
    line(role.title, 16);
    line(role.intro);
    line(role.heading, 13);
    for (const duty of role.duties) line(`• ${duty}`);
  }
  return new Uint8Array(pdf.output('arraybuffer'));
}

/** A zip built byte by byte: each entry deflated, with a local header and a directory entry. */
export function makeZip(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  const encoder = new TextEncoder();
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const packed = deflateRawSync(entry.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint32(18, packed.byteLength, true);
    local.setUint32(22, entry.data.byteLength, true);
    local.setUint16(26, name.byteLength, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(10, 8, true);
    central.setUint32(20, packed.byteLength, true);
    central.setUint32(24, entry.data.byteLength, true);
    central.setUint16(28, name.byteLength, true);
    central.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, packed);
    directory.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.byteLength + packed.byteLength;
  }
  const size = directory.reduce((n, p) => n + p.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...directory, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
