/**
 * The face detector in the browser's worker, with everything it needs served as the app's own assets:
 * face-api (with TensorFlow.js bundled), the two .wasm builds of the WebAssembly backend and the two
 * models' weights and manifests, all from node_modules at build time (Vite `?url`: hashed files in
 * dist/assets). Nothing is fetched from a CDN.
 *
 * Only photo-checks.worker.ts imports this module, and only with a dynamic import when the first new
 * photo is measured: the library never enters the page's JavaScript, and not even the worker's start.
 */
import * as faceapi from '@vladmandic/face-api';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import tinyWeightsUrl from '@vladmandic/face-api/model/tiny_face_detector_model.bin?url';
import tinyManifestUrl from '@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json?url&no-inline';
import landmarkWeightsUrl from '@vladmandic/face-api/model/face_landmark_68_model.bin?url';
import landmarkManifestUrl from '@vladmandic/face-api/model/face_landmark_68_model-weights_manifest.json?url&no-inline';
import {
  createFaceDetector,
  type FaceDetector,
  type FaceModelName,
  type WeightsManifestGroup,
} from './face-detector';

const MODEL_URLS: Record<FaceModelName, { manifest: string; weights: string }> = {
  tiny_face_detector_model: { manifest: tinyManifestUrl, weights: tinyWeightsUrl },
  face_landmark_68_model: { manifest: landmarkManifestUrl, weights: landmarkWeightsUrl },
};

/** Absolute, so that the backend resolves it against the page, not against its own chunk. */
const absolute = (url: string): string => new URL(url, globalThis.location.href).href;

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(absolute(url));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

/**
 * face-api decides at import whether it runs in a browser or in Node, and a worker is neither: it has
 * no `document`. Its canvas helpers are given OffscreenCanvas (the detector itself is fed tensors).
 */
function setWorkerEnvironment(): void {
  const canvas = (): OffscreenCanvas => new OffscreenCanvas(1, 1);
  faceapi.env.setEnv({
    Canvas: OffscreenCanvas,
    CanvasRenderingContext2D: OffscreenCanvasRenderingContext2D,
    Image: class {},
    ImageData,
    Video: class {},
    createCanvasElement: canvas,
    createImageElement: () => {
      throw new Error('No image elements in a worker');
    },
    createVideoElement: () => {
      throw new Error('No video elements in a worker');
    },
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
    readFile: () => {
      throw new Error('No file system in a worker');
    },
  } as unknown as Parameters<typeof faceapi.env.setEnv>[0]);
}

export async function loadBrowserFaceDetector(): Promise<FaceDetector> {
  setWorkerEnvironment();
  return createFaceDetector(faceapi, {
    wasmPaths: {
      'tfjs-backend-wasm.wasm': absolute(wasmUrl),
      'tfjs-backend-wasm-simd.wasm': absolute(wasmSimdUrl),
    },
    async loadModel(name) {
      const urls = MODEL_URLS[name];
      const [manifest, weights] = await Promise.all([
        fetchOk(urls.manifest).then((r) => r.json() as Promise<WeightsManifestGroup[]>),
        fetchOk(urls.weights).then((r) => r.arrayBuffer()),
      ]);
      return { manifest, weights };
    },
  });
}
