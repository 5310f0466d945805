import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { arbitraryDraft } from '../../testing/arbitrary-draft';
import { ownResponsibility, makeCriterion, makeDraft } from '../../testing/make-draft';
import { draftSchemas } from '../role-draft';
import { parseExchange, toExchange, toExchangeJson } from './draft-exchange';
import { EXCHANGE_VERSION } from './exchange-envelope';
import { exchangeJsonSchema, SCHEMA_FILE } from './exchange-json-schema';

const ODD =
  'Siân Ó Súilleabháin, Zoë, Łukasz — <script>alert(1)</script>\u200F\u00a0\t "quotes" 🧪';

const roundTrip = (text: string) => {
  const result = parseExchange(text);
  if (!result.ok) throw new Error(result.error);
  return result.draft;
};

describe('the role-draft exchange format', () => {
  it('stamps the file with its type, version, time and app', () => {
    const envelope = toExchange(makeDraft(), {
      exportedAt: '2026-12-01T10:00:00.000Z',
      appVersion: '9.9.9',
    });
    expect(envelope).toMatchObject({
      type: 'keystone/role-draft',
      version: EXCHANGE_VERSION,
      exportedAt: '2026-12-01T10:00:00.000Z',
      app: { name: 'Keystone', version: '9.9.9' },
    });
  });

  it('gives back exactly the draft it was given, odd characters included', () => {
    const draft = makeDraft({
      name: ODD,
      authority: { title: ODD, fte: 0.6 },
      responsibilities: [ownResponsibility(`${ODD} ${'x'.repeat(5000)}`, ['advocates'])],
      personSpec: [makeCriterion({ text: ODD, category: 'desirable' })],
      wording: { jobPurpose: ODD },
    });
    expect(roundTrip(toExchangeJson(draft))).toStrictEqual(draft);
  });

  it('gives back an identical draft for any valid draft (property)', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        expect(roundTrip(toExchangeJson(draft))).toEqual(draft);
      }),
      { numRuns: 150 },
    );
  });

  it('accepts a file saved with a byte-order mark', () => {
    const draft = makeDraft();
    expect(roundTrip(`\ufeff${toExchangeJson(draft)}`)).toStrictEqual(draft);
  });
});

describe('reading a file that is not a valid draft', () => {
  const valid = () => JSON.parse(toExchangeJson(makeDraft())) as Record<string, unknown>;
  const errorFor = (value: unknown) => {
    const result = parseExchange(typeof value === 'string' ? value : JSON.stringify(value));
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error;
  };

  it('says when the text is not JSON at all', () => {
    expect(errorFor('{"type": ')).toMatch(/not valid JSON/);
  });

  it('says what the file is when it is another kind of Keystone file or none', () => {
    expect(errorFor({ ...valid(), type: 'keystone/peer-pack' })).toMatch(
      /"type" is “keystone\/peer-pack”, expected "keystone\/role-draft"/,
    );
    expect(errorFor([1, 2])).toMatch(/not hold a Keystone role draft/);
    expect(errorFor({ hello: 1 })).toMatch(/"type" is missing/);
  });

  it('asks for an update when the file is from a newer Keystone', () => {
    expect(errorFor({ ...valid(), version: EXCHANGE_VERSION + 1 })).toMatch(
      /newer version of Keystone.*Update Keystone/,
    );
  });

  it('names the field that is wrong', () => {
    const file = valid();
    (file.draft as { authority: { fte: number } }).authority.fte = 7;
    expect(errorFor(file)).toMatch(/draft\.authority\.fte/);
    const other = valid();
    (other.draft as { responsibilities: unknown[] }).responsibilities = [{ id: 'r1', text: 3 }];
    expect(errorFor(other)).toMatch(/draft\.responsibilities\[0\]\.(text|catalogueId|clauses)/);
  });

  it('refuses prototype-polluting keys before validation', () => {
    expect(errorFor('{"type":"keystone/role-draft","__proto__":{"x":1}}')).toMatch(
      /name “__proto__”/,
    );
  });

  it('never throws on generated garbage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseExchange(text).ok).toBe('boolean');
      }),
    );
  });
});

describe(SCHEMA_FILE, () => {
  it('is current with the zod schema (regenerate: node scripts/make-draft-schema.mjs)', () => {
    const file = readFileSync(path.join(process.cwd(), SCHEMA_FILE), 'utf8');
    expect(JSON.parse(file)).toStrictEqual(exchangeJsonSchema());
  });

  it('describes the envelope and every part of the draft', () => {
    const schema = exchangeJsonSchema() as {
      properties: { type: { const: string }; draft: { properties: Record<string, unknown> } };
    };
    expect(schema.properties.type.const).toBe('keystone/role-draft');
    expect(Object.keys(schema.properties.draft.properties).sort()).toEqual(
      Object.keys(draftSchemas().draft.shape).sort(),
    );
  });
});
