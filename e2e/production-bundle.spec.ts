import { readdir, readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const distDir = new URL('../dist/', import.meta.url);

test('the production build carries no mock code and no mock controls', async () => {
  const assets = await readdir(new URL('assets/', distDir));
  const scripts = assets.filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const top = await readdir(distDir);
  expect(top).not.toContain('mockServiceWorker.js');
  for (const name of scripts) {
    const code = await readFile(new URL(`assets/${name}`, distDir), 'utf8');
    expect(code, name).not.toContain('/api/__mock');
    expect(code, name).not.toContain('setupWorker');
    expect(code, name).not.toContain('MockBackend');
  }
  expect(assets.filter((name) => name.endsWith('.jpg'))).toEqual([]);
});
