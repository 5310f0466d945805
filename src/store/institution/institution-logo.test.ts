import { readFileSync } from 'node:fs';
import { QUARANTINE_PREFIX } from '../storage/quarantine';
import {
  INSTITUTION_KEY,
  INSTITUTION_VERSION,
  migrateInstitution,
  readInstitution,
  writeInstitution,
} from './institution-logo';

const fixture = () => readFileSync('tests/fixtures/institution-v1-logo.json', 'utf8');

function areaWith(raw: string | null): Storage {
  const area = window.sessionStorage;
  area.clear();
  if (raw !== null) area.setItem(INSTITUTION_KEY, raw);
  return area;
}

const quarantined = (area: Storage) =>
  Object.keys({ ...area }).filter((k) => k.startsWith(QUARANTINE_PREFIX));

describe('the institution logo kept on this device', () => {
  afterEach(() => window.sessionStorage.clear());

  it('opens what version 1 wrote (the fixture), its size read again from its bytes', () => {
    const data = readInstitution(areaWith(fixture()));
    expect(data.logo).toMatchObject({
      type: 'png',
      alt: 'Prifysgol Enghraifft logo',
      width: 120,
      height: 40,
    });
  });

  it('is nothing at all when none was kept', () => {
    expect(readInstitution(areaWith(null))).toEqual({ logo: null });
  });

  it('writes what it reads back, stamped with its version, and removes the key for no logo', () => {
    const area = areaWith(fixture());
    const data = readInstitution(area);
    area.clear();
    expect(writeInstitution(area, data)).toBe(true);
    const saved = JSON.parse(area.getItem(INSTITUTION_KEY) ?? '{}') as { version: number };
    expect(saved.version).toBe(INSTITUTION_VERSION);
    expect(readInstitution(area)).toEqual(data);
    writeInstitution(area, { logo: null });
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
    ];
    for (const raw of bad) {
      const area = areaWith(raw);
      expect(readInstitution(area)).toEqual({ logo: null });
      expect(quarantined(area)).toHaveLength(1);
    }
    expect(migrateInstitution({ version: 1 })).toEqual({ logo: null });
  });
});
