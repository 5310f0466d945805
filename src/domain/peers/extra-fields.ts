/**
 * Fields in imported data that the format does not know. The schema drops them silently; an
 * import names them instead, since a misspelt field is an answer the user thinks they gave.
 */
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** True when input holds a key that parsed lacks, at any depth. */
function hasExtra(input: unknown, parsed: unknown): boolean {
  if (Array.isArray(input)) {
    if (!Array.isArray(parsed)) return false;
    for (let i = 0; i < input.length; i += 1) if (hasExtra(input[i], parsed[i])) return true;
    return false;
  }
  if (!isObject(input) || !isObject(parsed)) return false;
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    if (!Object.hasOwn(parsed, key) || hasExtra(input[key], parsed[key])) return true;
  }
  return false;
}

function paths(input: unknown, parsed: unknown, path: string): string[] {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    return input.flatMap((item, i) => paths(item, parsed[i], `${path}[${i}]`));
  }
  if (!isObject(input) || !isObject(parsed)) return [];
  return Object.keys(input).flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    return Object.hasOwn(parsed, key) ? paths(input[key], parsed[key], at) : [at];
  });
}

/** Where input has fields that parsed lacks, as "context.salary"; names are built only when found. */
export function extraFields(input: unknown, parsed: unknown): string[] {
  return hasExtra(input, parsed) ? paths(input, parsed, '') : [];
}
