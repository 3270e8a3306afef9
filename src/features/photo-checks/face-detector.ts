/**
 * The face detector: @vladmandic/face-api's tiny face detector and 68-point landmark model on
 * TensorFlow.js's WebAssembly backend. This module only wires a face-api module, handed in by the caller,
 * to assets the caller says how to load; it never imports face-api itself, so the library is loaded
 * only where a caller imports it dynamically (the worker's face-assets.ts, the Node report's face-node.ts).
 *
 * Everything runs offline: the weights and the .wasm files are the app's own assets (the worker) or
 * files on disk (Node). Nothing is fetched from a CDN.
 */
import type * as FaceApi from '@vladmandic/face-api';
import type { Box, PixelImage } from './raster';

export type FaceApiModule = typeof FaceApi;

/** The face-api models the pre-checks use: 193 KB + 357 KB of weights. */
export const FACE_MODELS = ['tiny_face_detector_model', 'face_landmark_68_model'] as const;
export type FaceModelName = (typeof FACE_MODELS)[number];

/** The .wasm files of @tensorflow/tfjs-backend-wasm the backend may ask for (threads are switched off). */
export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;
export type WasmFileName = (typeof WASM_FILES)[number];

/** One entry of a face-api weights manifest (the `-weights_manifest.json` next to each model). */
export interface WeightsManifestGroup {
  paths: string[];
  weights: { name: string; shape: number[]; dtype: string; quantization?: unknown }[];
}

export interface FaceDetectorAssets {
  /** Where each .wasm file is, as a URL the backend can fetch (a local asset, or a file: URL in Node). */
  wasmPaths: Record<WasmFileName, string>;
  /** A model's manifest and its weight bytes. */
  loadModel(name: FaceModelName): Promise<{ manifest: WeightsManifestGroup[]; weights: ArrayBuffer }>;
}

export interface Point {
  x: number;
  y: number;
}

/** One face as the detector saw it, in the pixels of the image it was given. */
export interface DetectedFace {
  score: number;
  box: Box;
  /** The 68 landmarks (iBUG 300-W order: jaw 0-16, brows 17-26, nose 27-35, eyes 36-47, mouth 48-67). */
  landmarks: Point[];
}

export interface FaceDetector {
  readonly backend: string;
  detect(image: PixelImage): Promise<DetectedFace[]>;
}

/**
 * The tiny detector's settings. 416 is its native input size (the photo is scaled to fit it); a score
 * of 0.3 keeps blurred and dark faces, which the verdicts then judge with their own limits
 * (see FACE_THRESHOLDS.minScore).
 */
export const DETECTOR_OPTIONS = { inputSize: 416, scoreThreshold: 0.3 } as const;

/** The parts of the bundled TensorFlow.js the typings of face-api leave out. */
interface TfRuntime {
  setWasmPaths(paths: Record<string, string>, usePlatformFetch?: boolean): void;
  setBackend(name: string): Promise<boolean>;
  getBackend(): string;
  ready(): Promise<void>;
  env(): { set(flag: string, value: unknown): void };
}

/**
 * Starts the WebAssembly backend and loads both models. Rejects if the backend or a model cannot be
 * loaded; callers turn that into an "unsure" verdict with the reason.
 */
export async function createFaceDetector(
  faceapi: FaceApiModule,
  assets: FaceDetectorAssets,
): Promise<FaceDetector> {
  const tf = faceapi.tf as unknown as TfRuntime;
  // Threads need cross-origin isolation and a third .wasm file; one photo at a time does not need them.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  // usePlatformFetch: the .wasm is fetched with the platform's fetch, which the Node report can serve from disk.
  // setWasmPaths insists on an entry for the threaded build too; with threads off it is never fetched.
  tf.setWasmPaths(
    {
      ...assets.wasmPaths,
      'tfjs-backend-wasm-threaded-simd.wasm': assets.wasmPaths['tfjs-backend-wasm-simd.wasm'],
    },
    true,
  );
  // Never fall back silently to another backend: cpu is about 20 times slower, webgl is not in workers.
  if (!(await tf.setBackend('wasm'))) throw new Error('The WebAssembly backend could not start');
  await tf.ready();
  const nets = {
    tiny_face_detector_model: faceapi.nets.tinyFaceDetector,
    face_landmark_68_model: faceapi.nets.faceLandmark68Net,
  };
  await Promise.all(
    FACE_MODELS.map(async (name) => {
      const { manifest, weights } = await assets.loadModel(name);
      const specs = manifest.flatMap((group) => group.weights);
      const weightMap = faceapi.tf.io.decodeWeights(
        weights,
        specs as Parameters<typeof faceapi.tf.io.decodeWeights>[1],
      );
      nets[name].loadFromWeightMap(weightMap);
    }),
  );
  const options = new faceapi.TinyFaceDetectorOptions(DETECTOR_OPTIONS);
  return {
    backend: tf.getBackend(),
    async detect(image) {
      const input = faceapi.tf.tidy(() => {
        const rgba = faceapi.tf.tensor3d(
          Int32Array.from(image.data),
          [image.height, image.width, 4],
          'int32',
        );
        return faceapi.tf.slice3d(rgba, [0, 0, 0], [image.height, image.width, 3]);
      });
      try {
        const results = await faceapi.detectAllFaces(input, options).withFaceLandmarks();
        return results.map((r) => ({
          score: r.detection.score,
          box: {
            x: r.detection.box.x,
            y: r.detection.box.y,
            width: r.detection.box.width,
            height: r.detection.box.height,
          },
          landmarks: r.landmarks.positions.map((p) => ({ x: p.x, y: p.y })),
        }));
      } finally {
        input.dispose();
      }
    },
  };
}
