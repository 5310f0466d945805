/**
 * Reads a logo file the user chose: a PNG or JPEG of at most 200 KB, its size in pixels read from
 * its own bytes (the PNG header, the JPEG frame marker), so every renderer can draw it at the
 * right shape without decoding it. Anything else is refused with a message that says why.
 */
/**
 * The institution's logo as the documents carry it (RoleDocument.logo): checked when it was
 * chosen, a PNG or JPEG whose size in pixels is read from its bytes.
 */
export interface DocumentLogo {
  /** The image as a data: URL (base64), so the web page stays one self-contained file. */
  dataUrl: string;
  type: 'png' | 'jpeg';
  /** Its text alternative, read out in place of the image. */
  alt: string;
  /** Size in pixels. */
  width: number;
  height: number;
}

export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_LIMIT_TEXT = '200 KB';

export type LogoResult = { ok: true; logo: DocumentLogo } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number): number => u16(b, at) * 65536 + u16(b, at + 2);

function pngSize(bytes: Uint8Array): [number, number] | null {
  // The IHDR chunk comes first: length (4), "IHDR" (4), width (4), height (4).
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return [u32(bytes, 16), u32(bytes, 20)];
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds height then width. */
function jpegSize(bytes: Uint8Array): [number, number] | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return [u16(bytes, at + 7), u16(bytes, at + 5)];
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    at += 2 + u16(bytes, at + 2);
  }
  return null;
}

/** The bytes of an image as a data: URL. */
export function dataUrlOf(bytes: Uint8Array, type: DocumentLogo['type']): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:image/${type};base64,${btoa(binary)}`;
}

/** The text alternative offered until the user writes their own. */
export const defaultLogoAlt = (institution: string): string =>
  institution.trim() ? `${institution.trim()} logo` : 'Institution logo';

export function readLogo(bytes: Uint8Array, alt: string): LogoResult {
  if (bytes.length > LOGO_MAX_BYTES) {
    return {
      ok: false,
      message: `This image is ${Math.ceil(bytes.length / 1024)} KB; a logo can be at most ${LOGO_LIMIT_TEXT}. Save a smaller copy and choose it again.`,
    };
  }
  const type = startsWith(bytes, PNG_SIGNATURE)
    ? 'png'
    : startsWith(bytes, [0xff, 0xd8, 0xff])
      ? 'jpeg'
      : null;
  if (type === null) {
    return {
      ok: false,
      message: 'This file is not a PNG or JPEG image. Choose a .png or .jpg file.',
    };
  }
  const size = type === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (size === null || size[0] < 1 || size[1] < 1) {
    return {
      ok: false,
      message: `This ${type.toUpperCase()} file is damaged: its size in pixels cannot be read. Choose another copy.`,
    };
  }
  return {
    ok: true,
    logo: {
      dataUrl: dataUrlOf(bytes, type),
      type,
      alt: alt.trim(),
      width: size[0],
      height: size[1],
    },
  };
}

/** The logo's bytes again, for the renderers that embed bytes rather than a URL. */
export function logoBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Width and height to draw it in a box, keeping its shape and never enlarging past the box. */
export function fitLogo(logo: DocumentLogo, maxWidth: number, maxHeight: number): [number, number] {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height);
  return [logo.width * scale, logo.height * scale];
}
