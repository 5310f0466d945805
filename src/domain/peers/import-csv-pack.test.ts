import { importCsvPack } from './import-csv-pack';

const info = {
  name: 'network.csv',
  source: 'CSV file network.csv',
  createdAt: '2026-11-01T00:00:00.000Z',
};
const HEADER =
  'id,title,institution_type,nation,technical_community,tc_signatory,scope,areas,technicians_in_remit,sites,external,grade_band,reports_to,fte,seats,budget_authority,annual_budget,decision_rights,direct_reports,responsibilities';
const ROW =
  'p1,Head of Technical Services,broad-based,scotland,"1,200",yes,institution,teaching-labs;workshops,260,2,sector-networks,grade-9,coo-registrar,1,health-safety-committee;estates-committee,delegated,1500000,technical-recruitment,6,lead-technical-services;tc-lead';

const errorsOf = async (csv: string) => {
  const result = await importCsvPack(csv, info);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors.join('\n');
};

describe('importing a CSV peer pack', () => {
  it('turns each row into a role draft', async () => {
    const result = await importCsvPack(`${HEADER}\n${ROW}\n`, info);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [profile] = result.pack.profiles;
    expect(profile).toMatchObject({
      id: 'p1',
      context: {
        institutionType: 'broad-based',
        nation: 'scotland',
        technicalCommunitySize: 1200,
        techCommitmentSignatory: true,
      },
      remit: { scope: 'institution', areas: ['teaching-labs', 'workshops'] },
      authority: {
        title: 'Head of Technical Services',
        gradeBand: 'grade-9',
        seats: ['health-safety-committee', 'estates-committee'],
      },
    });
    expect(profile?.responsibilities.map((r) => r.catalogueId)).toEqual([
      'lead-technical-services',
      'tc-lead',
    ]);
    expect(result.pack.header).toMatchObject({ name: 'network.csv', illustrative: false });
  });

  it('accepts a file with only the required columns', async () => {
    const result = await importCsvPack(
      'institution_type,nation\nspecialist,wales\nteaching-focused,england\n',
      info,
    );
    expect(result.ok && result.pack.profiles.map((p) => p.id)).toEqual(['row-2', 'row-3']);
  });

  it('names the row and column of each mistake', async () => {
    const bad = ROW.replace('grade-9', 'grade-11').replace('"1,200"', 'lots');
    const message = await errorsOf(`${HEADER}\n${ROW.replace('p1', 'p0')}\n${bad}\n`);
    expect(message).toMatch(/Row 3, column technical_community: “lots” is not a whole number/);
    const graded = await errorsOf(`${HEADER}\n${ROW.replace('grade-9', 'grade-11')}\n`);
    expect(graded).toMatch(/Row 2: column grade_band should be one of/);
    expect(await errorsOf(`${HEADER}\n${ROW.replace('tc-lead', 'make-tea')}\n`)).toMatch(
      /Row 2, column responsibilities: “make-tea” is not a catalogue responsibility id/,
    );
    expect(await errorsOf(`${HEADER}\n${ROW.replace(',yes,', ',perhaps,')}\n`)).toMatch(
      /column tc_signatory: “perhaps” should be yes or no/,
    );
  });

  it('refuses unknown and missing columns', async () => {
    expect(await errorsOf('nation,salary\nwales,1\n')).toMatch(
      /Column “salary” is not one of the documented columns/,
    );
    expect(await errorsOf('nation\nwales\n')).toMatch(/no "institution_type" column/);
  });

  it('refuses an empty file and garbage', async () => {
    expect(await errorsOf('institution_type,nation\n')).toMatch(/no profiles/);
    expect(await errorsOf('\u0000\u0001garbage')).toBeTruthy();
  });
});

describe('docs/peer-pack-csv.md', () => {
  it('has an example that imports', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/peer-pack-csv.md', 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = await importCsvPack(example, info);
    expect(result.ok ? result.pack.profiles.length : result.errors).toBe(2);
  });
});
