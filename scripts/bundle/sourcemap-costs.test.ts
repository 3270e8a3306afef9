// @vitest-environment node
import { decodeVlqSegment, gzipBytes, packageCosts, packageOf, splitByPackage } from './sourcemap-costs';

describe('source map attribution', () => {
  it('decodes base64 VLQ segments', () => {
    expect(decodeVlqSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlqSegment('CAAC')).toEqual([1, 0, 0, 1]);
    expect(decodeVlqSegment('D')).toEqual([-1]);
    expect(decodeVlqSegment('gBAAgB')).toEqual([16, 0, 0, 16]);
    expect(decodeVlqSegment('2HwBA')).toEqual([123, 24, 0]);
  });

  it('names the package of a source path', () => {
    expect(packageOf('../../node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(packageOf('../../node_modules/@mui/material/esm/Button/Button.js')).toBe('@mui/material');
    expect(packageOf('../../node_modules/@mui/x-charts/node_modules/d3-shape/src/arc.js')).toBe('d3-shape');
    expect(packageOf('../../src/features/review-queue/queue-table.tsx')).toBe('src/features/review-queue');
    expect(packageOf('../../src/api/generated/zod.ts')).toBe('src/api/generated');
    expect(packageOf('../../src/app/router.tsx')).toBe('src/app');
    expect(packageOf('../../src/main.tsx')).toBe('src');
  });

  // Two lines: "aaaa;bbbbbb" from a.js (node_modules/a) then b.js (src/lib), then unmapped "//c".
  const code = 'aaaa;bbbbbb\n//c';
  const map = {
    sources: ['../node_modules/a/index.js', '../src/lib/b.ts'],
    // line 1: col 0 -> source 0; col 5 -> source 1. line 2: col 0 unmapped (1-field segment).
    mappings: 'AAAA,KCAA;A',
  };

  it('splits a chunk into the text each package produced', () => {
    const parts = splitByPackage(code, map);
    expect(parts.get('a')).toBe('aaaa;');
    expect(parts.get('src/lib')).toBe('bbbbbb\n');
    expect(parts.get('(other)')).toBe('//c');
  });

  it('scales the parts so they add up to the real gzipped size of the chunk', () => {
    const costs = packageCosts(code, map);
    expect(costs.gzipBytes).toBe(gzipBytes(code));
    const sum = costs.packages.reduce((total, part) => total + part.gzipBytes, 0);
    expect(Math.abs(sum - costs.gzipBytes)).toBeLessThanOrEqual(costs.packages.length);
    expect(costs.packages.map((part) => part.rawBytes).sort()).toEqual([3, 5, 7]);
  });
});
