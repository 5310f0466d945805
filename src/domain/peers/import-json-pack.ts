/** A peer pack from the text of a JSON file: untrusted parsing, then the all-or-nothing check. */
import { parseUntrustedJson } from '../untrusted-json';
import { MAX_PACK_BYTES } from './peer-pack';
import { validatePack, type PackResult, type ValidateOptions } from './validate-pack';

export async function importJsonPack(
  text: string,
  options: ValidateOptions = {},
): Promise<PackResult> {
  const parsed = parseUntrustedJson(text, MAX_PACK_BYTES);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return validatePack(parsed.value, options);
}
