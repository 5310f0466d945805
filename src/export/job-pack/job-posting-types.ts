/**
 * The schema.org types the job posting uses, as data: for each type, its properties and the
 * types each may hold (schema.org/JobPosting, /Organization, /Place, /PostalAddress,
 * /MonetaryAmount, /QuantitativeValue, /PropertyValue), and which properties Google's job search
 * requires (Google Search Central, job posting structured data; PUBLISHING.md). checkJobPosting
 * reads a posting against it, so the tests and the browser test check the file as a job board would.
 */

type Expected = 'Text' | 'Date' | 'DateTime' | 'Number' | 'URL' | `@${string}`;

interface TypeRule {
  properties: Record<string, readonly Expected[]>;
  required?: readonly string[];
}

export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;

export const SCHEMA_TYPES: Record<string, TypeRule> = {
  JobPosting: {
    properties: {
      title: ['Text'],
      description: ['Text'],
      datePosted: ['Date', 'DateTime'],
      validThrough: ['Date', 'DateTime'],
      hiringOrganization: ['@Organization'],
      jobLocation: ['@Place'],
      employmentType: ['Text'],
      baseSalary: ['@MonetaryAmount'],
      identifier: ['@PropertyValue', 'Text'],
      responsibilities: ['Text'],
      qualifications: ['Text'],
      occupationalCategory: ['Text'],
      workHours: ['Text'],
      jobLocationType: ['Text'],
      directApply: ['Text'],
    },
    required: ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'],
  },
  Organization: { properties: { name: ['Text'], logo: ['URL'] }, required: ['name'] },
  Place: { properties: { address: ['@PostalAddress'] }, required: ['address'] },
  PostalAddress: {
    properties: {
      streetAddress: ['Text'],
      addressLocality: ['Text'],
      addressRegion: ['Text'],
      postalCode: ['Text'],
      addressCountry: ['Text'],
    },
    required: ['addressCountry'],
  },
  MonetaryAmount: {
    properties: { currency: ['Text'], value: ['@QuantitativeValue', 'Number'] },
    required: ['currency', 'value'],
  },
  QuantitativeValue: {
    properties: {
      value: ['Number'],
      minValue: ['Number'],
      maxValue: ['Number'],
      unitText: ['Text'],
    },
  },
  PropertyValue: { properties: { name: ['Text'], value: ['Text'] }, required: ['value'] },
};

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const isDateTime = (v: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) &&
  !Number.isNaN(Date.parse(v));

function fits(value: unknown, expected: Expected, path: string, problems: string[]): boolean {
  switch (expected) {
    case 'Text':
      return typeof value === 'string' && value.trim() !== '';
    case 'URL':
      return typeof value === 'string' && /^(https?:|data:)/.test(value);
    case 'Number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Date':
      return typeof value === 'string' && isDate(value);
    case 'DateTime':
      return typeof value === 'string' && isDateTime(value);
    default: {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const type = (value as Record<string, unknown>)['@type'];
      if (type !== expected.slice(1)) return false;
      problems.push(...checkNode(value as Record<string, unknown>, type, path));
      return true;
    }
  }
}

function checkNode(node: Record<string, unknown>, type: string, path: string): string[] {
  const rule = SCHEMA_TYPES[type];
  if (!rule) return [`${path}: unknown type ${type}`];
  const problems: string[] = [];
  for (const name of rule.required ?? []) {
    if (node[name] === undefined) problems.push(`${path}.${name}: required by ${type}`);
  }
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@')) continue;
    const expected = rule.properties[name];
    if (!expected) {
      problems.push(`${path}.${name}: not a property of ${type}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      const inner: string[] = [];
      if (!expected.some((e) => fits(v, e, `${path}.${name}`, inner)))
        problems.push(`${path}.${name}: expected ${expected.join(' or ')}`);
      problems.push(...inner);
    }
  }
  return problems;
}

/** What is wrong with a JobPosting, as a job board would read it: none when it is sound. */
export function checkJobPosting(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const node = value as Record<string, unknown>;
  const problems: string[] = [];
  if (node['@context'] !== 'https://schema.org') problems.push('@context: not https://schema.org');
  if (node['@type'] !== 'JobPosting') return [...problems, '@type: not JobPosting'];
  problems.push(...checkNode(node, 'JobPosting', 'JobPosting'));
  const types = node.employmentType;
  for (const t of Array.isArray(types) ? types : types === undefined ? [] : [types]) {
    if (!(EMPLOYMENT_TYPES as readonly unknown[]).includes(t))
      problems.push(`JobPosting.employmentType: ${String(t)} is not one of Google's values`);
  }
  return problems;
}
