/**
 * The role specification as a Word document HR can edit: real Heading 1–3 styles, real numbered
 * and bulleted lists, tables whose header rows repeat, document properties and UK English. The
 * only module (with its helpers here) that loads docx; the export screen imports it on demand.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { footerOf, type Block, type DocumentLogo, type RoleDocument } from '../document-model';
import { fitLogo, logoBytes } from '../../domain/job-pack/logo-image';
import { chartBlock, fieldsBlock, tableBlock } from './docx-tables';
import { runs } from './docx-text';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;
const ORDERED = 'keystone-ordered';
const LANGUAGE = { value: 'en-GB' };

function blockChildren(block: Block, listIndex: () => number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          keepNext: true,
          ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
          children: runs(block.text),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(
            block.text,
            block.tone === 'note' ? { italics: true, color: '54595F' } : {},
          ),
        }),
      ];
    case 'list': {
      const instance = listIndex();
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item),
            ...(block.ordered
              ? { numbering: { reference: ORDERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'quote':
      return [
        new Paragraph({ style: 'Quote', children: runs(`“${block.text}”`) }),
        new Paragraph({ children: runs(`— ${block.citation}`, { italics: true }) }),
      ];
    case 'table':
      return tableBlock(block);
    case 'fields':
      return fieldsBlock(block);
    case 'chart':
      return [
        ...chartBlock(block),
        new Paragraph({
          children: runs(`Text equivalent: ${block.description}`, { italics: true }),
        }),
      ];
  }
}

/** The logo at the top of the first page, at most 60 × 20 mm (227 × 76 px at 96 to the inch). */
function logoParagraph(logo: DocumentLogo): Paragraph {
  const [width, height] = fitLogo(logo, 227, 76);
  return new Paragraph({
    spacing: { after: 240 },
    children: [
      new ImageRun({
        type: logo.type === 'png' ? 'png' : 'jpg',
        data: logoBytes(logo.dataUrl),
        transformation: { width: Math.round(width), height: Math.round(height) },
        altText: { name: logo.alt, description: logo.alt, title: logo.alt },
      }),
    ],
  });
}

export function buildDocx(model: RoleDocument): Document {
  let lists = 0;
  const nextList = () => (lists += 1);
  const children = [
    ...(model.logo ? [logoParagraph(model.logo)] : []),
    ...model.blocks.flatMap((block) => blockChildren(block, nextList)),
  ];
  return new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author,
    lastModifiedBy: model.author,
    keywords: model.keywords.join(', '),
    description: `${footerOf(model)}.`,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: LANGUAGE } },
        heading1: { run: { font: 'Arial', size: 36, bold: true, language: LANGUAGE } },
        heading2: {
          run: { font: 'Arial', size: 28, bold: true, color: '005278', language: LANGUAGE },
        },
        heading3: {
          run: { font: 'Arial', size: 24, bold: true, color: '005278', language: LANGUAGE },
        },
      },
      paragraphStyles: [
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 20, color: '54595F' },
        },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: { indent: { left: 567 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 397 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: runs(runningHead(model), { color: '54595F', size: 18 }),
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: 18,
                    color: '54595F',
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
/** The title, and what kind of document it is unless the title already says so. */
function runningHead(model: RoleDocument): string {
  const kind = model.runningHead ?? 'Role specification';
  return model.title.startsWith(kind) ? model.title : `${model.title}: ${kind.toLowerCase()}`;
}

export function renderDocx(model: RoleDocument): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(buildDocx(model));
}
