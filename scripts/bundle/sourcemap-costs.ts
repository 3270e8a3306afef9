/**
 * Which package each byte of a built chunk came from, read from the chunk's source map (no
 * dependency: a base64 VLQ decoder is a few lines). Gzip does not add up per part, so a package's
 * gzipped cost in a chunk is an estimate: its share of the chunk's bytes gzipped alone, scaled so
 * that the parts of a chunk add up to the chunk's real gzipped size.
 */
import { gzipSync } from 'node:zlib';

export interface SourceMap {
  sources: string[];
  mappings: string;
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Value = new Map([...base64].map((char, index) => [char, index]));

/** Decodes one segment of a `mappings` line into its fields (relative values, as in the map). */
export function decodeVlqSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64Value.get(char);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      const negative = value & 1;
      value >>>= 1;
      values.push(negative ? -value : value);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The package a source path belongs to: the last `node_modules/<name>` (or `@scope/name`) in it. */
export function packageOf(source: string): string {
  const parts = source.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const first = parts[at + 1] ?? '?';
    return first.startsWith('@') ? `${first}/${parts[at + 2] ?? '?'}` : first;
  }
  // Our own code, grouped by its top folders: src/features/review-queue, src/api, src/app ...
  const src = parts.lastIndexOf('src');
  if (src >= 0) {
    const area = parts[src + 1] ?? '';
    const rest = parts.length - src - 2;
    if ((area === 'features' || area === 'api') && rest >= 2) return `src/${area}/${parts[src + 2]}`;
    return rest >= 1 ? `src/${area}` : 'src';
  }
  return parts.filter((part) => part !== '..' && part !== '.').join('/') || '(unknown)';
}

/** A source path without its leading `../` steps: `node_modules/@mui/material/esm/Button/Button.js`. */
export function moduleOf(source: string): string {
  return source.replace(/^(\.\.?\/)+/, '');
}

/** The text of a chunk split by the package each mapped span came from; unmapped text is `(other)`. */
export function splitByPackage(
  code: string,
  map: SourceMap,
  groupOf: (source: string) => string = packageOf,
): Map<string, string> {
  const packages = map.sources.map(groupOf);
  const parts = new Map<string, string[]>();
  const add = (name: string, text: string) => {
    if (text.length === 0) return;
    const list = parts.get(name) ?? [];
    list.push(text);
    parts.set(name, list);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  lines.forEach((line, lineIndex) => {
    const segments = (mappingLines[lineIndex] ?? '').split(',').filter((segment) => segment !== '');
    let column = 0;
    let lastColumn = 0;
    let lastOwner = '(other)';
    for (const segment of segments) {
      const fields = decodeVlqSegment(segment);
      column += fields[0] ?? 0;
      add(lastOwner, line.slice(lastColumn, column));
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0;
        lastOwner = packages[sourceIndex] ?? '(other)';
      } else {
        lastOwner = '(other)';
      }
      lastColumn = column;
    }
    add(lastOwner, line.slice(lastColumn) + (lineIndex < lines.length - 1 ? '\n' : ''));
  });
  return new Map([...parts].map(([name, list]) => [name, list.join('')]));
}

export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8')).length;
}

export interface PackageCost {
  name: string;
  rawBytes: number;
  /** Estimated gzipped bytes, scaled so a chunk's parts add up to its real gzipped size. */
  gzipBytes: number;
}

export function packageCosts(
  code: string,
  map: SourceMap,
  groupOf: (source: string) => string = packageOf,
): { gzipBytes: number; packages: PackageCost[] } {
  const total = gzipBytes(code);
  const split = [...splitByPackage(code, map, groupOf)].map(([name, text]) => ({
    name,
    rawBytes: Buffer.byteLength(text, 'utf8'),
    alone: gzipBytes(text),
  }));
  const sumAlone = split.reduce((sum, part) => sum + part.alone, 0) || 1;
  const packages = split
    .map(({ name, rawBytes, alone }) => ({
      name,
      rawBytes,
      gzipBytes: Math.round((alone * total) / sumAlone),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { gzipBytes: total, packages };
}
