import { describe, expect, it } from 'vitest';
import { CLAUSES, DEFINITION_QUOTE } from '../definition';
import { CATALOGUE } from '../catalogue';
import { checkText } from './check-text';
import { CODED_REWRITES, FEMININE_STEMS, FRAME_STEMS, MASCULINE_STEMS } from './gender-coded-words';

const rules = (text: string, strength = false) => checkText(text, { strength }).map((f) => f.rule);

describe('checkText', () => {
  it('reads a shared duty for grading and offers the stronger verb in the same form', () => {
    const [finding] = checkText('Supports the Dean in setting technical priorities.', {
      strength: true,
    });
    expect(finding?.rule).toBe('shared-responsibility');
    expect(finding?.rewrite).toBe('Leads the Dean in setting technical priorities.');
    expect(checkText('Responsible for safety.', { strength: true })[0]?.rewrite).toBe(
      'Accountable for safety.',
    );
    expect(rules('Supports the Dean.', false)).toEqual([]);
  });

  it('says what, why and where from, in context', () => {
    const [finding] = checkText('We want an aggressive self-starter.', { strength: false });
    expect(finding).toMatchObject({
      rule: 'gender-coded',
      check: 'inclusive',
      words: 'aggressive',
    });
    expect(finding?.why).toMatch(/women/);
    expect(finding?.source).toMatch(/Gaucher, Friesen and Kay \(2011\)/);
    expect(finding?.rewrite).toBe('We want an proactive self-starter.');
  });

  it('does not flag the definition’s words or the sector’s frames for being there', () => {
    const definition = [DEFINITION_QUOTE, ...CLAUSES.flatMap((c) => [c.name, c.evidence, c.why])];
    for (const text of definition) {
      expect(checkText(text, { strength: false }).filter((f) => f.check === 'inclusive')).toEqual(
        [],
      );
    }
    expect(rules('Lead the leadership team as a champion of the Technician Commitment.')).toEqual(
      [],
    );
  });

  it('raises no inclusive-language finding on Keystone’s own catalogue', () => {
    for (const entry of CATALOGUE) {
      const found = checkText(entry.text, { strength: true }).filter(
        (f) => f.check === 'inclusive',
      );
      expect(found, entry.text).toEqual([]);
    }
  });

  it('finds acronyms not spelt out, once, unless spelt out in the context', () => {
    expect(rules('Keep COSHH records. Train staff in COSHH.')).toEqual(['acronym']);
    expect(
      checkText('Keep COSHH records.', {
        strength: false,
        context: 'Control of Substances Hazardous to Health (COSHH)',
      }),
    ).toEqual([]);
  });

  it('gives UK spellings and leaves names and kept words alone', () => {
    expect(checkText('Organize the day.', { strength: false })[0]?.rewrite).toBe(
      'Organise the day.',
    );
    expect(rules('Resize the World Health Organization poster.')).toEqual([]);
  });

  it('rewrites a coded word with one that is on neither list', () => {
    for (const instead of Object.values(CODED_REWRITES)) {
      for (const word of instead.split(/[\s]+/)) {
        const coded = [...MASCULINE_STEMS, ...FEMININE_STEMS].filter(
          (stem) => !FRAME_STEMS.includes(stem),
        );
        const hit = coded.some((stem) =>
          stem.endsWith('*') ? word.startsWith(stem.slice(0, -1)) : word === stem,
        );
        expect(hit, word).toBe(false);
      }
    }
  });

  it('every rewrite it offers removes what it found', () => {
    const texts = [
      'Supports the Dean. Utilise the kit in order to save time.',
      'A degree in physics. Minimum of 5 years’ experience. Native English speaker.',
      'Analyze the program, he or she said; it must be done.',
    ];
    for (const text of texts) {
      for (const finding of checkText(text, { strength: true })) {
        if (finding.rewrite === null) continue;
        const after = checkText(finding.rewrite, { strength: true });
        expect(after.some((f) => f.key === finding.key && f.start === finding.start)).toBe(false);
      }
    }
  });
});
