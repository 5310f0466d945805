/**
 * Parses text from outside (an import, a backup, saved data) without trusting it: a size limit
 * before parsing, a depth limit after, and prototype-polluting keys ("__proto__", "constructor",
 * "prototype") refused. Every import in Keystone goes through here.
 */

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: string };

function check(value: unknown, depth: number, path: string): string | null {
  if (depth > MAX_DEPTH) return `The data is nested more than ${MAX_DEPTH} levels deep.`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const problem = check(value[i], depth + 1, `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        return `The key "${key}" is not allowed (at ${path || 'the top level'}).`;
      const problem = check((value as Record<string, unknown>)[key], depth + 1, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

export function parseUntrustedJson(text: string, maxBytes = MAX_IMPORT_BYTES): ParseResult {
  // Note: length in UTF-16 units is a cheap upper bound that avoids encoding a huge string.
  if (text.length > maxBytes) {
    return {
      ok: false,
      error: `The file is too large (${(text.length / 1_048_576).toFixed(1)} MB; the limit is ${(maxBytes / 1_048_576).toFixed(0)} MB).`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The file is not valid JSON (${detail}).` };
  }
  const problem = check(value, 0, '');
  return problem ? { ok: false, error: problem } : { ok: true, value };
}
