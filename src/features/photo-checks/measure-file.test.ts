// @vitest-environment node
import jpeg from 'jpeg-js';
import { estimateJpegQuality, measureFile, readFileFacts, sniffFormat } from './measure-file';
import { DEFAULT_PHOTO_RULES, photoRulesFor } from './photo-rules';
import { flat, WHITE } from './test-images';
import type { PhotoFileFacts } from './types';

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function encode(quality: number): Uint8Array {
  const image = flat(WHITE, 64, 64);
  const encoded = jpeg.encode({ width: 64, height: 64, data: image.data }, quality);
  return new Uint8Array(encoded.data);
}

const standard: PhotoFileFacts = {
  format: 'jpeg',
  width: 358,
  height: 441,
  bytes: 30 * 1024,
  jpegQuality: 88,
};

describe('sniffFormat', () => {
  it('reads the format from the magic number, whatever the file claims to be', () => {
    expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFormat(new Uint8Array([0x89, ...ascii('PNG'), 0x0d, 0x0a]))).toBe('png');
    expect(sniffFormat(new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')]))).toBe('webp');
    expect(sniffFormat(new Uint8Array([0, 0, 0, 24, ...ascii('ftypheic')]))).toBe('heic');
    expect(sniffFormat(new Uint8Array(ascii('GIF89a')))).toBe('gif');
    expect(sniffFormat(new Uint8Array([1, 2, 3]))).toBe('other');
  });
});

describe('estimateJpegQuality', () => {
  it('recovers the encoder quality from the quantisation table', () => {
    for (const quality of [90, 50, 15]) {
      expect(Math.abs((estimateJpegQuality(encode(quality)) ?? 0) - quality)).toBeLessThanOrEqual(1);
    }
  });
  it('says nothing about files that are not JPEG', () => {
    expect(estimateJpegQuality(new Uint8Array([0x89, ...ascii('PNG')]))).toBeNull();
  });
  it('reads the facts of a real file', () => {
    const bytes = encode(80);
    expect(readFileFacts(bytes, 64, 64)).toEqual({
      format: 'jpeg',
      width: 64,
      height: 64,
      bytes: bytes.byteLength,
      jpegQuality: 80,
    });
  });
});

describe('measureFile', () => {
  it('passes a standard JPEG within the size range', () => {
    const result = measureFile(standard, DEFAULT_PHOTO_RULES);
    expect(result).toMatchObject({ check: 'file', verdict: 'likely-pass', region: null });
    expect(result.values).toMatchObject({ aspectRatio: 0.812, jpegQuality: 88 });
    expect(result.message).toEqual({
      key: 'precheck.file.ok',
      params: { format: 'JPEG', width: 358, height: 441, kilobytes: 30 },
    });
  });

  it('fails another format first', () => {
    const result = measureFile({ ...standard, format: 'png', width: 100 }, DEFAULT_PHOTO_RULES);
    expect(result.verdict).toBe('likely-fail');
    expect(result.message.key).toBe('precheck.file.wrongFormat');
  });

  it('fails other dimensions, saying when only the size is wrong', () => {
    expect(measureFile({ ...standard, width: 480, height: 640 }, DEFAULT_PHOTO_RULES).message.key).toBe(
      'precheck.file.wrongDimensions',
    );
    const doubled = measureFile({ ...standard, width: 716, height: 882 }, DEFAULT_PHOTO_RULES);
    expect(doubled.verdict).toBe('likely-fail');
    expect(doubled.message.key).toBe('precheck.file.rightShapeWrongSize');
  });

  it('holds the file size to the region’s range, which is a setting', () => {
    expect(measureFile({ ...standard, bytes: 8 * 1024 }, DEFAULT_PHOTO_RULES).message).toEqual({
      key: 'precheck.file.tooSmall',
      params: { kilobytes: 8, minKilobytes: 9 },
    });
    expect(measureFile({ ...standard, bytes: 120 * 1024 }, DEFAULT_PHOTO_RULES).message.key).toBe(
      'precheck.file.tooLarge',
    );
    // A region that asks for at least 140 KB.
    const strict = photoRulesFor({
      photoBytes: { min: 140 * 1024, max: 400 * 1024 },
      acceptedBackgrounds: ['white'],
    });
    expect(measureFile(standard, strict).verdict).toBe('likely-fail');
    expect(measureFile({ ...standard, bytes: 150 * 1024 }, strict).verdict).toBe('likely-pass');
  });
});
