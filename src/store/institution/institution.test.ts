import { readFileSync } from 'node:fs';
import { QUARANTINE_PREFIX } from '../storage/quarantine';
import { NO_STANDARD_TEXT } from '../../domain/job-pack/standard-text';
import {
  INSTITUTION_KEY,
  INSTITUTION_VERSION,
  migrateInstitution,
  NO_INSTITUTION_DATA,
  readInstitution,
  writeInstitution,
} from './institution';

const fixture = () => readFileSync('tests/fixtures/institution-v1-logo.json', 'utf8');
const fixtureV2 = () => readFileSync('tests/fixtures/institution-v2-standard-text.json', 'utf8');

function areaWith(raw: string | null): Storage {
  const area = window.sessionStorage;
  area.clear();
  if (raw !== null) area.setItem(INSTITUTION_KEY, raw);
  return area;
}

const quarantined = (area: Storage) =>
  Object.keys({ ...area }).filter((k) => k.startsWith(QUARANTINE_PREFIX));

describe('what the institution keeps on this device', () => {
  afterEach(() => window.sessionStorage.clear());

  it('opens what version 1 wrote (the fixture): the logo kept, its size read again from its bytes, every statement blank', () => {
    const data = readInstitution(areaWith(fixture()));
    expect(data.logo).toMatchObject({
      type: 'png',
      alt: 'Prifysgol Enghraifft logo',
      width: 120,
      height: 40,
    });
    expect(data.standardText).toEqual(NO_STANDARD_TEXT);
  });

  it('opens what version 2 wrote (the fixture): the logo and the standard text as typed', () => {
    const data = readInstitution(areaWith(fixtureV2()));
    expect(data.logo?.alt).toBe('Prifysgol Enghraifft logo');
    expect(data.standardText).toEqual({
      equality:
        'Prifysgol Enghraifft welcomes applications from everyone.\n\nWe value a workforce as diverse as the students we teach: ŵ ŷ â.',
      rightToWork: 'Applicants must show that they have the right to work in the UK.',
      flexibleWorking: '',
      technicianCommitment: 'We are a signatory of the Technician Commitment.',
    });
  });

  it('is nothing at all when none was kept', () => {
    expect(readInstitution(areaWith(null))).toEqual(NO_INSTITUTION_DATA);
  });

  it('keeps standard text with no logo, and a version 1 entry saved again is version 2', () => {
    const area = areaWith(fixture());
    const data = readInstitution(area);
    const text = { ...data.standardText, flexibleWorking: 'Ask us about part-time hours.' };
    expect(writeInstitution(area, { logo: null, standardText: text })).toBe(true);
    const saved = JSON.parse(area.getItem(INSTITUTION_KEY) ?? '{}') as { version: number };
    expect(saved.version).toBe(2);
    expect(readInstitution(area)).toEqual({ logo: null, standardText: text });
  });

  it('writes what it reads back, stamped with its version, and removes the key when nothing is kept', () => {
    const area = areaWith(fixtureV2());
    const data = readInstitution(area);
    area.clear();
    expect(writeInstitution(area, data)).toBe(true);
    const saved = JSON.parse(area.getItem(INSTITUTION_KEY) ?? '{}') as { version: number };
    expect(saved.version).toBe(INSTITUTION_VERSION);
    expect(readInstitution(area)).toEqual(data);
    writeInstitution(area, NO_INSTITUTION_DATA);
    expect(area.getItem(INSTITUTION_KEY)).toBeNull();
  });

  it('sets aside, never draws, a damaged, altered or later-version entry', () => {
    const good = JSON.parse(fixture()) as { version: number; logo: { dataUrl: string } };
    const bad = [
      'not json',
      JSON.stringify({ ...good, version: INSTITUTION_VERSION + 1 }),
      JSON.stringify({
        ...good,
        logo: { ...good.logo, dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' },
      }),
      JSON.stringify({ ...good, logo: { ...good.logo, dataUrl: 'data:image/png;base64,AAAA' } }),
      JSON.stringify({ ...good, logo: { ...good.logo, alt: '' } }),
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify({ ...good, version: 2, standardText: { ...NO_STANDARD_TEXT, equality: 7 } }),
      JSON.stringify({
        ...good,
        version: 2,
        standardText: { ...NO_STANDARD_TEXT, equality: 'x'.repeat(10_001) },
      }),
    ];
    for (const raw of bad) {
      const area = areaWith(raw);
      expect(readInstitution(area)).toEqual(NO_INSTITUTION_DATA);
      expect(quarantined(area)).toHaveLength(1);
    }
    expect(migrateInstitution({ version: 1 })).toEqual(NO_INSTITUTION_DATA);
  });
});
