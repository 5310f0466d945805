import { ownResponsibility, makeDraft } from '../../testing/make-draft';
import { buildRoleDocument } from '../build-role-document';
import { fullDraft, SAMPLE_NOW } from '../sample-drafts';
import { renderMarkdown } from './render-markdown';

const markdown = (draft = fullDraft()) =>
  renderMarkdown(buildRoleDocument(draft, { now: SAMPLE_NOW, appVersion: '1.2.3' }));

describe('the Markdown file', () => {
  it('has headings, a numbered list of responsibilities and pipe tables', () => {
    const md = markdown();
    expect(md).toMatch(/^# Director of Technical Strategy\n/);
    expect(md).toContain('\n## Key responsibilities\n');
    expect(md).toContain('\n1. Serve as a member of the university executive board');
    expect(md).toContain(
      '\n11. Sponsor the Herschel Programme cohort with Siân Ó Súilleabháin, Łukasz Wróbel and Zoë Müller',
    );
    expect(md).toContain('| Criterion | How assessed |\n| --- | --- |\n');
    expect(md).toContain(
      '- **Grade:** Grade 10, professorial scale (Above the spine (professorial-equivalent), as drafted)',
    );
    expect(md).toContain('> An empowered decision-maker');
  });

  it('escapes what Markdown would read as markup, so hostile text prints as written', () => {
    const md = markdown(
      makeDraft({
        responsibilities: [
          ownResponsibility('<script>alert(1)</script> **bold** [x](javascript:y) a|b &amp; `c`'),
          ownResponsibility('# not a heading\n- not a list\n2. not a number'),
        ],
      }),
    );
    expect(md).toContain(
      '1. \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* \\[x\\](javascript:y) a\\|b \\&amp; \\`c\\`',
    );
    expect(md).toContain('2. \\# not a heading\\\n   \\- not a list\\\n   2\\. not a number');
    expect(md).not.toMatch(/<script>/);
  });

  it('keeps web and e-mail addresses and reference-style brackets as typed text', () => {
    const md = markdown(
      makeDraft({
        responsibilities: [
          ownResponsibility('See https://example.ac.uk, www.example.ac.uk or hr@example.ac.uk [1]'),
          ownResponsibility('[1]: https://example.org "a reference definition"'),
        ],
      }),
    );
    expect(md).toContain(
      '1. See https\\://example.ac.uk, www\\.example.ac.uk or hr\\@example.ac.uk \\[1\\]',
    );
    expect(md).toContain('2. \\[1\\]: https\\://example.org "a reference definition"');
  });

  it('drops control characters and keeps right-to-left marks and long text whole', () => {
    const long = 'word '.repeat(1000).trim();
    const md = markdown(
      makeDraft({
        responsibilities: [ownResponsibility(`a\u0007b\u200Fc`), ownResponsibility(long)],
      }),
    );
    expect(md).toContain('1. ab\u200Fc');
    expect(md).toContain(`2. ${long}`);
  });

  it('keeps table cells on one row when the text has line breaks', () => {
    const md = markdown(
      makeDraft({
        personSpec: [{ id: 'p', text: 'one\ntwo', category: 'essential', assessedBy: [] }],
      }),
    );
    expect(md).toContain('| one two | Not stated |');
  });
});
