import { originalText } from './original-text';

describe('draft 2 → 3: the job description a draft was started from', () => {
  it('gives a version 2 draft no job description and leaves the rest as it was', () => {
    const v2 = { id: 'd', responsibilities: [{ id: 'r-1', text: 'Leads.' }] };
    expect(originalText(v2)).toEqual({
      ...v2,
      original: { text: '', fileName: '' },
      fromOriginal: [],
    });
  });

  it('keeps what a draft already has', () => {
    const has = {
      original: { text: 'Leads.', fileName: 'a.docx' },
      fromOriginal: [{ id: 'r-1', sentence: 'Leads.' }],
    };
    expect(originalText(has)).toEqual(has);
  });
});
