import { describe, expect, it } from 'vitest';
import { splitRoleText } from './split-role-text';

describe('splitRoleText', () => {
  it('keeps headings as context for the items and sentences under them', () => {
    const parts = splitRoleText(
      [
        'Job purpose',
        'The postholder leads technical services. They report to the COO.',
        '',
        'Main duties:',
        '• Lead the technical workforce strategy',
        '2. Manage the equipment budget of £1.2m.',
      ].join('\n'),
    );
    expect(parts).toEqual([
      { text: 'Job purpose', kind: 'heading', heading: null },
      {
        text: 'The postholder leads technical services.',
        kind: 'sentence',
        heading: 'Job purpose',
      },
      { text: 'They report to the COO.', kind: 'sentence', heading: 'Job purpose' },
      { text: 'Main duties', kind: 'heading', heading: null },
      { text: 'Lead the technical workforce strategy', kind: 'item', heading: 'Main duties' },
      { text: 'Manage the equipment budget of £1.2m.', kind: 'item', heading: 'Main duties' },
    ]);
  });

  it('joins a sentence wrapped over two lines, and gives nothing for blank text', () => {
    expect(splitRoleText('the role holds the budget\nfor all three faculties.')).toEqual([
      {
        text: 'the role holds the budget for all three faculties.',
        kind: 'sentence',
        heading: null,
      },
    ]);
    expect(splitRoleText(' \n\n\t')).toEqual([]);
  });
});
