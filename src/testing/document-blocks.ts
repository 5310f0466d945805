/** Reading a built document's blocks in tests: its headings, what follows a heading, a table. */
import type { Block, TableBlock } from '../export/document-model';

export const headings = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'heading' ? [`${'#'.repeat(b.level)} ${b.text}`] : []));

export const after = (blocks: Block[], heading: string, offset = 1) => {
  const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  return blocks[i + offset];
};

export const tableCaptioned = (blocks: Block[], caption: string) =>
  blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption === caption);

/** The job description and person specification: the candidate pack, and the internal pack's start. */
export const JOB_PACK_HEADINGS = [
  '# Director of Technical Strategy',
  '## Job purpose',
  '## Context',
  '## Key responsibilities',
  '## Authority and dimensions',
  '## Key relationships',
  '### Inside the institution',
  '### Outside the institution',
  '## Person specification',
  '### Essential criteria',
  '### Desirable criteria',
  '## How to apply',
];
