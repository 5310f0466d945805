import { draftSchemas } from '../../domain/role-draft';
import { emptyToNull, pickValid } from './pick-valid';

describe('saving what is valid as it is typed', () => {
  it('keeps the fields the domain accepts and leaves out the rest', () => {
    const picked = pickValid(draftSchemas().context.shape, {
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

  it('treats the empty choice of a list as unanswered', () => {
    expect(emptyToNull('')).toBeNull();
    expect(emptyToNull('wales')).toBe('wales');
  });
});
