import { ContextSchema } from '../../domain/role-draft';
import { emptyToNull, parseNumber, pickValid } from './pick-valid';

describe('saving what is valid as it is typed', () => {
  it('keeps the fields the domain accepts and leaves out the rest', () => {
    const picked = pickValid(ContextSchema.shape, {
      institutionName: 'University of Northbridge',
      nation: 'atlantis',
      technicalCommunitySize: 12.5,
      techCommitmentSignatory: true,
    });
    expect(picked).toEqual({
      institutionName: 'University of Northbridge',
      techCommitmentSignatory: true,
    });
  });

  it('reads numbers the way people type them', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('  ')).toBeNull();
    expect(parseNumber('£2,500,000')).toBe(2_500_000);
    expect(parseNumber('0.8')).toBe(0.8);
    expect(parseNumber('about 40')).toBeNaN();
    expect(parseNumber(7)).toBe(7);
  });

  it('treats the empty choice of a list as unanswered', () => {
    expect(emptyToNull('')).toBeNull();
    expect(emptyToNull('wales')).toBe('wales');
  });
});
