/**
 * The pre-check worker: decodes and measures photos off the page's thread.
 * Created by run-photo-checks.ts with
 * `new Worker(new URL('./photo-checks.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { browserDecoder, offscreenDecodingSupported } from './decode-bitmap';
import { PhotoCheckWorkerCore } from './worker-core';
import type { FromWorker, ToWorker } from './worker-protocol';

/** The part of the dedicated worker scope used here (the project's TypeScript lib is the DOM one). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker): void;
}

const scope = globalThis as unknown as WorkerScope;
const post = (message: FromWorker): void => scope.postMessage(message);
// The detector's chunk (face-api with TensorFlow.js, about 1.3 MB) is fetched only when a new photo is measured.
const loadFaceDetector = () => import('./face-assets').then((m) => m.loadBrowserFaceDetector());
const core = new PhotoCheckWorkerCore(browserDecoder, post, loadFaceDetector);

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'run' && !offscreenDecodingSupported()) {
    post({
      type: 'error',
      id: message.id,
      code: 'unavailable',
      message: 'OffscreenCanvas or createImageBitmap is missing in this worker',
    });
    return;
  }
  void core.handle(message);
});
