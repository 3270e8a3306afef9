/**
 * The file rule: format, pixel dimensions, byte size and aspect ratio against the region's standard.
 * Facts come from the file's own bytes where we have them, because the request's declared metadata
 * may be wrong.
 */
import { FILE_THRESHOLDS } from './thresholds';
import type { FileMeasure, PhotoFileFacts, PhotoFormat, PhotoRules } from './types';

/** The format by magic number, not by name or MIME type (both are whatever the uploader said). */
export function sniffFormat(bytes: Uint8Array): PhotoFormat {
  const at = (i: number): number => bytes[i] ?? -1;
  const ascii = (start: number, text: string): boolean =>
    [...text].every((char, i) => at(start + i) === char.charCodeAt(0));
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  if (at(0) === 0x89 && ascii(1, 'PNG')) return 'png';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'GIF8')) return 'gif';
  if (ascii(4, 'ftyp') && ['heic', 'heix', 'hevc', 'mif1', 'msf1'].some((brand) => ascii(8, brand)))
    return 'heic';
  return 'other';
}

/** The IJG (libjpeg) base luminance quantisation table, in natural (row-major) order. */
const IJG_LUMA_TABLE = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];

/** DQT tables are stored in zig-zag order; entry k of the file is natural index ZIGZAG[k]. */
const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
];

/**
 * The IJG quality (1-100) whose scaling of the standard table best matches the file's luminance table.
 * Nearly every encoder (libjpeg, phones, jpeg-js) scales the IJG table, so this reads the compression
 * level straight from the header; null when there is no JPEG luminance table.
 */
export function estimateJpegQuality(bytes: Uint8Array): number | null {
  if (sniffFormat(bytes) !== 'jpeg') return null;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    // Standalone markers carry no length.
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    const length = ((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0);
    if (marker === 0xda || length < 2) return null; // start of scan: no table found before the image data
    if (marker === 0xdb) return qualityFromDqt(bytes, offset + 4, offset + 2 + length);
    offset += 2 + length;
  }
  return null;
}

function qualityFromDqt(bytes: Uint8Array, start: number, end: number): number | null {
  let p = start;
  while (p < end) {
    const info = bytes[p] ?? 0;
    const precision = info >> 4;
    const id = info & 0x0f;
    const entrySize = precision === 0 ? 1 : 2;
    if (id === 0) {
      let scaleSum = 0;
      for (let k = 0; k < 64; k++) {
        const at = p + 1 + k * entrySize;
        const value = entrySize === 1 ? (bytes[at] ?? 0) : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
        scaleSum += (value * 100) / (IJG_LUMA_TABLE[ZIGZAG[k] ?? 0] ?? 1);
      }
      const scale = scaleSum / 64;
      const quality = scale <= 100 ? (200 - scale) / 2 : 5000 / scale;
      return Math.max(1, Math.min(100, Math.round(quality)));
    }
    p += 1 + 64 * entrySize;
  }
  return null;
}

/** Facts from the file's bytes and its decoded size. */
export function readFileFacts(bytes: Uint8Array, width: number, height: number): PhotoFileFacts {
  return {
    format: sniffFormat(bytes),
    width,
    height,
    bytes: bytes.byteLength,
    jpegQuality: estimateJpegQuality(bytes),
  };
}

const kilobytes = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

export function measureFile(facts: PhotoFileFacts, rules: PhotoRules): FileMeasure {
  const aspectRatio = facts.width / facts.height;
  const expectedAspect = rules.width / rules.height;
  const thresholds = {
    format: rules.format,
    width: rules.width,
    height: rules.height,
    minBytes: rules.photoBytes.min,
    maxBytes: rules.photoBytes.max,
    aspectRatio: Math.round(expectedAspect * 1000) / 1000,
    aspectTolerance: FILE_THRESHOLDS.aspectTolerance,
  };
  const values = {
    format: facts.format,
    width: facts.width,
    height: facts.height,
    bytes: facts.bytes,
    aspectRatio: Math.round(aspectRatio * 1000) / 1000,
    jpegQuality: facts.jpegQuality,
  };
  const base = {
    measure: 'file',
    check: 'file',
    values,
    thresholds,
    region: null,
    heuristic: false,
  } as const;
  const size = { width: facts.width, height: facts.height };
  const expected = { expectedWidth: rules.width, expectedHeight: rules.height };

  // One message, for the most basic fault first: a wrong format makes the other facts moot.
  if (facts.format !== rules.format) {
    return {
      ...base,
      verdict: 'likely-fail',
      message: { key: 'precheck.file.wrongFormat', params: { format: facts.format.toUpperCase() } },
    };
  }
  if (facts.width !== rules.width || facts.height !== rules.height) {
    const rightShape = Math.abs(aspectRatio / expectedAspect - 1) <= FILE_THRESHOLDS.aspectTolerance;
    return {
      ...base,
      verdict: 'likely-fail',
      message: {
        key: rightShape ? 'precheck.file.rightShapeWrongSize' : 'precheck.file.wrongDimensions',
        params: { ...size, ...expected },
      },
    };
  }
  if (facts.bytes < rules.photoBytes.min) {
    return {
      ...base,
      verdict: 'likely-fail',
      message: {
        key: 'precheck.file.tooSmall',
        params: { kilobytes: kilobytes(facts.bytes), minKilobytes: kilobytes(rules.photoBytes.min) },
      },
    };
  }
  if (facts.bytes > rules.photoBytes.max) {
    return {
      ...base,
      verdict: 'likely-fail',
      message: {
        key: 'precheck.file.tooLarge',
        params: { kilobytes: kilobytes(facts.bytes), maxKilobytes: kilobytes(rules.photoBytes.max) },
      },
    };
  }
  return {
    ...base,
    verdict: 'likely-pass',
    message: {
      key: 'precheck.file.ok',
      params: { format: facts.format.toUpperCase(), ...size, kilobytes: kilobytes(facts.bytes) },
    },
  };
}
