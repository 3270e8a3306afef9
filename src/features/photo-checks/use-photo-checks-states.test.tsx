import { renderHook, waitFor } from '@testing-library/react';
import type { Photo } from '@/api/generated/zod';
import { DEFAULT_PHOTO_RULES } from './photo-rules';
import { PhotoChecksError, runPhotoChecks } from './run-photo-checks';
import type { PhotoCheckReport } from './types';
import { usePhotoChecks } from './use-photo-checks';

// The worker itself is tested through its core; here the run is stubbed to follow the hook's states.
vi.mock('./run-photo-checks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./run-photo-checks')>();
  return { ...actual, photoChecksSupported: () => true, runPhotoChecks: vi.fn() };
});

const run = vi.mocked(runPhotoChecks);
const photo = (id: string): Photo => ({
  url: `/api/photos/${id}`,
  width: 358,
  height: 441,
  bytes: 30_000,
  format: 'jpeg',
});
const report = { version: 'test' } as PhotoCheckReport;

describe('usePhotoChecks', () => {
  beforeEach(() => run.mockReset());

  it('is running, then ready with the report', async () => {
    run.mockResolvedValue(report);
    const { result } = renderHook(() =>
      usePhotoChecks(photo('new-photo-1'), photo('card-photo-1'), DEFAULT_PHOTO_RULES),
    );
    expect(result.current.status).toBe('running');
    await waitFor(() => expect(result.current).toEqual({ status: 'ready', report, error: null }));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not start again when the parent re-renders with new but equal objects', async () => {
    run.mockResolvedValue(report);
    const { result, rerender } = renderHook(() =>
      usePhotoChecks(photo('new-photo-2'), photo('card-photo-2'), { ...DEFAULT_PHOTO_RULES }),
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    rerender();
    rerender();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('reports a failure as an error, and "unavailable" as unavailable', async () => {
    run.mockRejectedValueOnce(new PhotoChecksError('fetch-failed', 'Photo download failed (404)'));
    const { result } = renderHook(() => usePhotoChecks(photo('new-photo-3'), null, DEFAULT_PHOTO_RULES));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('fetch-failed');

    run.mockRejectedValueOnce(new PhotoChecksError('unavailable', 'no OffscreenCanvas in the worker'));
    const second = renderHook(() => usePhotoChecks(photo('new-photo-4'), null, DEFAULT_PHOTO_RULES));
    await waitFor(() => expect(second.result.current.status).toBe('unavailable'));
  });

  it('is idle without a photo or rules, and aborts a run whose inputs changed', async () => {
    expect(renderHook(() => usePhotoChecks(null, null, DEFAULT_PHOTO_RULES)).result.current.status).toBe(
      'idle',
    );
    let signal: AbortSignal | undefined;
    run.mockImplementationOnce((_input, options) => {
      signal = options?.signal;
      return new Promise(() => undefined);
    });
    run.mockResolvedValueOnce(report);
    const { result, rerender } = renderHook(
      ({ id }) => usePhotoChecks(photo(id), null, DEFAULT_PHOTO_RULES),
      {
        initialProps: { id: 'new-photo-5' },
      },
    );
    rerender({ id: 'new-photo-6' });
    expect(signal?.aborted).toBe(true);
    await waitFor(() => expect(result.current.status).toBe('ready'));
  });
});
