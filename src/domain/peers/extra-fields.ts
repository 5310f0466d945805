/**
 * Fields in imported data that the format does not know. The schema drops them silently; an
 * import names them instead, since a misspelt field is an answer the user thinks they gave.
 */
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function extraFields(input: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    return input.flatMap((item, i) => extraFields(item, parsed[i], `${path}[${i}]`));
  }
  if (!isObject(input) || !isObject(parsed)) return [];
  return Object.keys(input).flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    return key in parsed ? extraFields(input[key], parsed[key], at) : [at];
  });
}
