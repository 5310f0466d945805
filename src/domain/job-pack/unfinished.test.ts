import { makeDraft } from '../../testing/make-draft';
import { unfinishedForExport } from './unfinished';

const withDetails = makeDraft({
  context: { nation: 'wales' },
  posting: { salaryFrom: 60_000, closingDate: '2027-01-15', welshLanguage: 'essential' },
});

describe('what is unfinished before export', () => {
  it('says nothing of the job pack’s details once they are given', () => {
    expect(unfinishedForExport(withDetails).filter((u) => u.where === 'details')).toEqual([]);
  });

  it('names the steps, the missing salary and closing date, and where each is fixed', () => {
    expect(unfinishedForExport(makeDraft()).map((u) => [u.id, u.where])).toEqual([
      ['step-context', 'context'],
      ['step-remit', 'remit'],
      ['step-authority', 'authority'],
      ['step-responsibilities', 'responsibilities'],
      ['no-essential', 'person-spec'],
      ['no-salary', 'details'],
      ['no-closing-date', 'details'],
    ]);
  });

  it('counts a closing date only when it is a real date', () => {
    const ids = unfinishedForExport(makeDraft({ posting: { closingDate: '2027-02-30' } })).map(
      (u) => u.id,
    );
    expect(ids).toContain('no-closing-date');
  });

  it('asks a Welsh institution for its Welsh-language category', () => {
    const without = { ...withDetails, posting: { ...withDetails.posting, welshLanguage: null } };
    expect(unfinishedForExport(without).map((u) => u.id)).toContain('no-welsh-category');
    const english = { ...without, context: { ...without.context, nation: 'england' as const } };
    expect(unfinishedForExport(english).map((u) => u.id)).not.toContain('no-welsh-category');
  });
});
