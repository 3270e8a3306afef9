// @vitest-environment node
import jpeg from 'jpeg-js';
import { DEFAULT_PHOTO_RULES, photoRulesFor } from './photo-rules';
import { pixelsFromNative } from './prepare';
import { ID_BLUE, blurred, portrait, withNoise } from './test-images';
import { STANDARD_FACE, faceOf } from './face-test-faces';
import { PhotoCheckWorkerCore, type FaceDetectorLoader, type PhotoDecoder } from './worker-core';
import type { FromWorker } from './worker-protocol';

function jpegOf(image: ReturnType<typeof portrait>): ArrayBuffer {
  const encoded = jpeg.encode({ width: image.width, height: image.height, data: image.data }, 88);
  return new Uint8Array(encoded.data).buffer;
}

const decoder: PhotoDecoder = {
  fromBytes: async (bytes) => {
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
    return pixelsFromNative({ width: decoded.width, height: decoded.height, data: decoded.data });
  },
  fromBitmap: () => {
    throw new Error('no bitmaps in Node');
  },
};

const NEW = '/api/photos/new-photo-1';
const CARD = '/api/photos/card-photo-1';

function setup() {
  const sent: FromWorker[] = [];
  const fromBytes = vi.spyOn(decoder, 'fromBytes');
  const core = new PhotoCheckWorkerCore(decoder, (m) => sent.push(m));
  return { core, sent, fromBytes };
}

const newJpeg = jpegOf(withNoise(blurred(portrait({ backdrop: ID_BLUE }), 3), 1.5));
const cardJpeg = jpegOf(withNoise(portrait(), 1.5));

describe('the worker core', () => {
  it('asks for the bytes it lacks, then answers with a report', async () => {
    const { core, sent } = setup();
    await core.handle({
      type: 'run',
      id: 1,
      newPhoto: { key: NEW },
      cardPhoto: { key: CARD },
      rules: DEFAULT_PHOTO_RULES,
    });
    expect(sent).toEqual([{ type: 'need', id: 1, keys: [NEW, CARD] }]);

    await core.handle({
      type: 'bytes',
      id: 1,
      photos: [
        { key: NEW, bytes: newJpeg.slice(0) },
        { key: CARD, bytes: cardJpeg.slice(0) },
      ],
    });
    const result = sent[1];
    if (result?.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(result)}`);
    expect(result.report.checks.clarity.verdict).toBe('likely-fail');
    expect(result.report.checks.background.verdict).toBe('likely-pass');
    expect(result.report.newPhoto.file.values).toMatchObject({ format: 'jpeg', width: 358, height: 441 });
    expect(result.report.change?.verdict).not.toBe('likely-fail');
    expect(core.cachedPhotos).toBe(2);
  });

  it('answers from its cache per photo URL, re-judging for another region’s rules', async () => {
    const { core, sent, fromBytes } = setup();
    await core.handle({
      type: 'run',
      id: 1,
      newPhoto: { key: NEW },
      cardPhoto: null,
      rules: DEFAULT_PHOTO_RULES,
    });
    await core.handle({ type: 'bytes', id: 1, photos: [{ key: NEW, bytes: newJpeg.slice(0) }] });
    const whiteOnly = photoRulesFor({ photoBytes: { min: 0, max: 1e6 }, acceptedBackgrounds: ['white'] });
    await core.handle({ type: 'run', id: 2, newPhoto: { key: NEW }, cardPhoto: null, rules: whiteOnly });
    expect(fromBytes).toHaveBeenCalledTimes(1);
    const second = sent[2];
    if (second?.type !== 'result') throw new Error('expected a cached result without asking for bytes');
    expect(second.report.checks.background.verdict).toBe('likely-fail');
  });

  it('reports a photo that cannot be decoded', async () => {
    const { core, sent } = setup();
    await core.handle({
      type: 'run',
      id: 7,
      newPhoto: { key: NEW },
      cardPhoto: null,
      rules: DEFAULT_PHOTO_RULES,
    });
    await core.handle({
      type: 'bytes',
      id: 7,
      photos: [{ key: NEW, bytes: new Uint8Array([1, 2, 3]).buffer }],
    });
    expect(sent[1]).toMatchObject({ type: 'error', id: 7, code: 'decode-failed' });
  });

  it('forgets everything on request and drops runs the page gave up on', async () => {
    const { core, sent } = setup();
    await core.handle({
      type: 'run',
      id: 1,
      newPhoto: { key: NEW },
      cardPhoto: null,
      rules: DEFAULT_PHOTO_RULES,
    });
    await core.handle({ type: 'bytes', id: 1, photos: [{ key: NEW, bytes: newJpeg.slice(0) }] });
    await core.handle({ type: 'forget' });
    expect(core.cachedPhotos).toBe(0);
    await core.handle({
      type: 'run',
      id: 2,
      newPhoto: { key: NEW },
      cardPhoto: null,
      rules: DEFAULT_PHOTO_RULES,
    });
    await core.handle({ type: 'fail', id: 2, code: 'fetch-failed', message: '404' });
    await core.handle({ type: 'bytes', id: 2, photos: [{ key: NEW, bytes: newJpeg.slice(0) }] });
    expect(sent.map((m) => m.type)).toEqual(['need', 'result', 'need']);
  });

  describe('with a face detector', () => {
    async function runOnce(core: PhotoCheckWorkerCore, sent: FromWorker[], id: number, key: string) {
      await core.handle({
        type: 'run',
        id,
        newPhoto: { key },
        cardPhoto: { key: CARD },
        rules: DEFAULT_PHOTO_RULES,
      });
      const need = sent.at(-1);
      if (need?.type === 'need') {
        const photos = need.keys.map((k) => ({ key: k, bytes: (k === CARD ? cardJpeg : newJpeg).slice(0) }));
        await core.handle({ type: 'bytes', id, photos });
      }
      const result = sent.at(-1);
      if (result?.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(result)}`);
      return result.report;
    }

    it('runs it on the new photo only, loading it once', async () => {
      const sent: FromWorker[] = [];
      const detect = vi.fn(async () => [faceOf(STANDARD_FACE)]);
      const load = vi.fn<FaceDetectorLoader>(async () => ({ backend: 'test', detect }));
      const core = new PhotoCheckWorkerCore(decoder, (m) => sent.push(m), load);
      const report = await runOnce(core, sent, 1, NEW);
      await runOnce(core, sent, 2, `${NEW}-other`);
      expect(load).toHaveBeenCalledTimes(1);
      expect(detect).toHaveBeenCalledTimes(2);
      expect(report.newPhoto.face.values).toMatchObject({ faceCount: 1 });
      expect(report.cardPhoto?.face.message.key).toBe('precheck.face.notRun');
    });

    it('answers "unsure, could not be loaded" for every photo when loading fails, without retrying', async () => {
      const sent: FromWorker[] = [];
      const load = vi.fn<FaceDetectorLoader>(() => Promise.reject(new Error('wasm 404')));
      const core = new PhotoCheckWorkerCore(decoder, (m) => sent.push(m), load);
      const first = await runOnce(core, sent, 1, NEW);
      const second = await runOnce(core, sent, 2, `${NEW}-other`);
      expect(load).toHaveBeenCalledTimes(1);
      for (const report of [first, second]) {
        expect(report.newPhoto.face).toMatchObject({
          verdict: 'unsure',
          message: { key: 'precheck.face.unavailable' },
        });
        expect(report.checks.noOrnaments.verdict).toBe('unsure');
        // The pixel measures still answer.
        expect(report.checks.clarity.verdict).toBe('likely-fail');
      }
    });

    it('answers "unsure, failed on this photo" when the detector throws', async () => {
      const sent: FromWorker[] = [];
      const detect = vi.fn(() => Promise.reject(new Error('out of memory')));
      const core = new PhotoCheckWorkerCore(
        decoder,
        (m) => sent.push(m),
        async () => ({ backend: 'test', detect }),
      );
      const report = await runOnce(core, sent, 1, NEW);
      expect(report.newPhoto.face.message.key).toBe('precheck.face.failed');
      expect(report.checks.facialFeatures.verdict).not.toBe('likely-pass');
    });

    it('measures again with the detector a photo it had measured only as a card photo', async () => {
      const sent: FromWorker[] = [];
      const detect = vi.fn(async () => [faceOf(STANDARD_FACE)]);
      const core = new PhotoCheckWorkerCore(
        decoder,
        (m) => sent.push(m),
        async () => ({ backend: 'test', detect }),
      );
      await runOnce(core, sent, 1, NEW);
      const report = await runOnce(core, sent, 2, CARD);
      expect(detect).toHaveBeenCalledTimes(2);
      expect(report.newPhoto.face.values).toMatchObject({ faceCount: 1 });
    });
  });
});
