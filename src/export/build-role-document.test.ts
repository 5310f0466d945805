import { ownResponsibility, makeCriterion, makeDraft } from '../testing/make-draft';
import type { BenchmarkSummary } from './benchmark-summary';
import { buildRoleDocument, ILLUSTRATIVE_STATEMENT } from './build-role-document';
import type { ChartBlock } from './document-model';
import { after, headings, JOB_PACK_HEADINGS, tableCaptioned } from '../testing/document-blocks';
import { fullDraft, SAMPLE_NOW } from './sample-drafts';

const build = (draft = fullDraft(), benchmark: BenchmarkSummary | null = null) =>
  buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1.2.3', benchmark });

describe('the role specification document', () => {
  it('has the sections of a UK job description, then the annex, in order', () => {
    expect(headings(build().blocks)).toEqual([
      ...JOB_PACK_HEADINGS,
      '## Annex: alignment with the definition',
      '### The definition',
      '### About this document',
    ]);
  });

  it('carries the document properties', () => {
    const doc = build();
    expect(doc).toMatchObject({
      title: 'Director of Technical Strategy',
      subject: 'Role specification for Prifysgol Aberdaugleddau',
      author: 'Keystone',
      language: 'en-GB',
      date: '1 December 2026',
      appVersion: '1.2.3',
    });
  });

  it('heads the document with the facts, the grade as drafted and the job evaluation note', () => {
    const { blocks } = build();
    expect(blocks[2]).toEqual({
      kind: 'fields',
      caption: 'The role at a glance',
      rows: [
        { label: 'Job title', value: 'Director of Technical Strategy' },
        { label: 'Department', value: 'Gwasanaethau Technegol (Technical Services)' },
        {
          label: 'Grade',
          value:
            'Grade 10, professorial scale (Above the spine (professorial-equivalent), as drafted)',
        },
        { label: 'Salary', value: '£78,000 to £92,000 a year' },
        { label: 'Reports to', value: 'Dirprwy Is-Ganghellor (Deputy Vice-Chancellor)' },
        { label: 'Location', value: 'Campws y Bae, Abertawe' },
        { label: 'Hours', value: 'Full time, 36.5 hours a week' },
        { label: 'Contract', value: 'Permanent' },
        { label: 'Welsh language', value: 'Welsh desirable' },
        { label: 'Closing date', value: '15 January 2027' },
        { label: 'Reference', value: 'TS-2026-041' },
        {
          label: 'Responsible for',
          value: 'Institution-wide; 6 direct reports; 640 technicians in remit',
        },
      ],
    });
    expect(blocks[3]).toMatchObject({
      kind: 'paragraph',
      text: expect.stringMatching(/HERA or Hay/),
    });
  });

  it('lists every responsibility in the draft’s order, names with diacritics intact', () => {
    const draft = fullDraft();
    const list = after(build(draft).blocks, 'Key responsibilities', 2);
    expect(list).toEqual({
      kind: 'list',
      ordered: true,
      items: draft.responsibilities.map((r) => r.text),
    });
    expect(JSON.stringify(list)).toContain('Siân Ó Súilleabháin, Łukasz Wróbel and Zoë Müller');
  });

  it('uses the edited job purpose when the user has written one', () => {
    const full = fullDraft();
    const draft = {
      ...full,
      wording: { ...full.wording, jobPurpose: 'To keep Zoë’s labs running.' },
    };
    expect(after(build(draft).blocks, 'Job purpose')).toEqual({
      kind: 'paragraph',
      text: 'To keep Zoë’s labs running.',
    });
  });

  it('splits the person specification into essential and desirable, with how each is assessed', () => {
    const { blocks } = build();
    expect(tableCaptioned(blocks, 'Essential criteria and how each is assessed')?.rows).toEqual([
      [
        'Significant experience leading technical services across a university or research organisation.',
        'Application, Interview',
      ],
      [
        'A record of shaping workforce policy, such as job families or promotion routes, with Human Resources.',
        'Application, Interview',
      ],
      [
        'Ability to present a technical strategy to an executive board and win support for it.',
        'Presentation',
      ],
      [
        'Commitment to the Technician Commitment and to equality, diversity and inclusion.',
        'Interview',
      ],
    ]);
    expect(
      tableCaptioned(blocks, 'Desirable criteria and how each is assessed')?.rows,
    ).toHaveLength(2);
  });

  it('suggests professional registration only when no criterion asks for it', () => {
    const mentions = (draft = fullDraft()) =>
      build(draft).blocks.some(
        (b) => b.kind === 'paragraph' && b.text.startsWith('Professional registration'),
      );
    expect(mentions()).toBe(false);
    expect(mentions(makeDraft({ personSpec: [makeCriterion()] }))).toBe(true);
  });

  it('scores every clause in the annex, citing responsibilities by their number', () => {
    const { blocks } = build();
    const table = tableCaptioned(
      blocks,
      'Alignment clause by clause, with the evidence in this draft',
    );
    expect(table?.rows.map((r) => r[0])).toEqual([
      'Empowered decision-maker',
      'Aligns the technical workforce with long-term goals',
      'Anticipates future needs',
      'Advocates for technicians',
      'Shapes policies for technical staff and the wider organisation',
      'Strategic planning: workforce sustainability',
      'Strategic planning: skills development',
      'Strategic planning: investment in technical resources',
      'Ensures access to meaningful development',
    ]);
    // Duties never evidence "empowered" (issue 12): its evidence is the role's authority.
    expect(table?.rows[0]?.[2]).not.toMatch(/Key responsibility/);
    expect(JSON.stringify(blocks)).toContain('Keystone’s scoring rules, version 2.');
    expect(table?.rows[8]?.[2]).toContain(
      'Key responsibility 11, direct, earned by its words “Herschel” (+30)',
    );
    const chart = blocks.find((b): b is ChartBlock => b.kind === 'chart');
    expect(chart?.bars).toHaveLength(9);
    expect(chart?.description).toMatch(/^Scores out of 100\. Empowered decision-maker: \d+;/);
    expect(chart?.markerLabel).toBeUndefined();
  });

  it('quotes the definition with its citation, and says peers are illustrative, with date and version', () => {
    const { blocks } = build();
    const quote = blocks.find((b) => b.kind === 'quote');
    expect(quote).toMatchObject({ text: expect.stringMatching(/^An empowered decision-maker/) });
    expect(quote).toMatchObject({ citation: expect.stringMatching(/UK ITSS.*November 2024/) });
    const texts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain(ILLUSTRATIVE_STATEMENT);
    expect(texts.some((t) => t.includes('1 December 2026') && t.includes('1.2.3'))).toBe(true);
  });

  it('leaves the benchmark out cleanly when there is none, and shows it when there is', () => {
    expect(headings(build().blocks)).not.toContain('### Benchmark against peer roles');
    const summary: BenchmarkSummary = {
      peerSet: 'Research-intensive institutions in Wales',
      peerCount: 12,
      includesIllustrative: true,
      positions: [{ dimension: 'Overall alignment', value: '74', median: '61', percentile: 83.4 }],
      clauseMedians: { empowered: 55 },
      insights: ['Remit broader than 80% of peers.'],
    };
    const { blocks } = build(fullDraft(), summary);
    expect(headings(blocks)).toContain('### Benchmark against peer roles');
    expect(tableCaptioned(blocks, 'Where this role sits among its peers')?.rows).toEqual([
      ['Overall alignment', '74', '61', '83rd'],
    ]);
    const chart = blocks.find((b): b is ChartBlock => b.kind === 'chart');
    expect(chart?.bars[0]?.marker).toBe(55);
    expect(chart?.markerLabel).toBe('Peer median');
  });

  it('reads sensibly for a blank draft', () => {
    const { blocks, title } = build(makeDraft());
    expect(title).toBe('Untitled role');
    expect(after(blocks, 'Key responsibilities', 2)).toEqual({
      kind: 'paragraph',
      text: 'No responsibilities drafted yet.',
      tone: 'note',
    });
    expect(after(blocks, 'Essential criteria')).toMatchObject({ text: 'None stated yet.' });
  });

  it('keeps hostile text exactly as written in the model', () => {
    const text = '<script>alert(1)</script>\u0007\u200F';
    const list = after(
      build(makeDraft({ responsibilities: [ownResponsibility(text)] })).blocks,
      'Key responsibilities',
      2,
    );
    expect(list).toEqual({ kind: 'list', ordered: true, items: [text] });
  });
});
