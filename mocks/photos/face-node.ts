/**
 * The pre-checks' face detector in Node, for the accuracy report: the same face-api bundle
 * (dist/face-api.esm.js), the same WebAssembly backend, weights and glue as the browser's worker.
 *
 * face-api's browser bundle does not run under Node as it is: its TensorFlow.js picks a Node platform
 * whose `util` and `path` modules the bundler replaced with empty stubs (TypeError at import), and the
 * emscripten loader of the .wasm then reads `__dirname`. So, only here and only during the import, the
 * bundle is told it runs in a worker (a `WorkerGlobalScope` global: TensorFlow.js then uses the browser
 * platform, whose fetch and TextEncoder Node 20 has), `__dirname` is defined, and the platform fetch is
 * taught to read `file:` URLs, which is how the .wasm and nothing else is loaded from node_modules.
 * face-api's own Node builds need `@tensorflow/tfjs` or `tfjs-node`, which this project does not install.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
// The report measures the app's own detector: see the same exception in eval-checks.ts.
/* eslint-disable import-x/no-restricted-paths */
import {
  FACE_MODELS,
  WASM_FILES,
  createFaceDetector,
  type FaceApiModule,
  type FaceDetector,
  type WasmFileName,
  type WeightsManifestGroup,
} from '../../src/features/photo-checks/face-detector';
/* eslint-enable import-x/no-restricted-paths */

const require = createRequire(import.meta.url);
const FACE_API_DIR = dirname(require.resolve('@vladmandic/face-api/package.json'));
const WASM_DIR = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));

let fetchPatched = false;

function serveFileUrls(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    const body = await readFile(new URL(url));
    return new Response(body, { headers: { 'Content-Type': 'application/wasm' } });
  };
}

async function importFaceApi(): Promise<FaceApiModule> {
  const scope = globalThis as Record<string, unknown>;
  const hadDirname = '__dirname' in scope;
  scope.WorkerGlobalScope = class WorkerGlobalScope {};
  if (!hadDirname) scope.__dirname = WASM_DIR;
  try {
    const url = pathToFileURL(`${FACE_API_DIR}/dist/face-api.esm.js`).href;
    return (await import(url)) as FaceApiModule;
  } finally {
    delete scope.WorkerGlobalScope;
  }
}

export async function createNodeFaceDetector(): Promise<FaceDetector> {
  serveFileUrls();
  const faceapi = await importFaceApi();
  const wasmPaths = Object.fromEntries(
    WASM_FILES.map((file) => [file, pathToFileURL(`${WASM_DIR}/dist/${file}`).href]),
  ) as Record<WasmFileName, string>;
  return createFaceDetector(faceapi, {
    wasmPaths,
    async loadModel(name) {
      if (!FACE_MODELS.includes(name)) throw new Error(`Unknown model ${name}`);
      const base = `${FACE_API_DIR}/model/${name}`;
      const manifest = JSON.parse(
        await readFile(`${base}-weights_manifest.json`, 'utf8'),
      ) as WeightsManifestGroup[];
      const bytes = await readFile(`${base}.bin`);
      return { manifest, weights: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
    },
  });
}
