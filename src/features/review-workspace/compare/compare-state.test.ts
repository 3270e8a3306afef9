import { act, renderHook } from '@testing-library/react';
import {
  canPan,
  compareReducer,
  createCompareState,
  displayScale,
  drawnExtent,
  fitScale,
  MAX_ZOOM,
  MIN_ZOOM,
  naturalBox,
  swipeSplit,
  useCompareViewer,
  type CompareAction,
  type CompareState,
  type Frame,
} from './compare-state';

// A standard 358 × 441 photo in a 400 × 500 pane: fit is 400/358 ≈ 1.117 wide, 500/441 ≈ 1.134 high.
const frame: Frame = { viewport: { width: 400, height: 500 }, image: { width: 358, height: 441 } };
const measured = (overrides: Partial<CompareState> = {}): CompareState => ({
  ...createCompareState(),
  frame,
  ...overrides,
});
const run = (state: CompareState, ...actions: CompareAction[]) => actions.reduce(compareReducer, state);

describe('compare modes', () => {
  it('starts side by side, at fit, centred, with the swipe and opacity in the middle', () => {
    expect(createCompareState()).toEqual({
      mode: 'side-by-side',
      zoom: 'fit',
      pan: { x: 0, y: 0 },
      swipe: 50,
      opacity: 50,
      frame: null,
    });
  });

  it('cycles side by side → swipe → onion → difference and wraps around', () => {
    let state = createCompareState();
    const seen = [];
    for (let i = 0; i < 5; i++) {
      state = compareReducer(state, { type: 'cycleMode' });
      seen.push(state.mode);
    }
    expect(seen).toEqual(['swipe', 'onion', 'difference', 'side-by-side', 'swipe']);
  });

  it('keeps zoom and pan when the mode changes, so the same spot can be compared in another mode', () => {
    const zoomed = run(
      measured(),
      { type: 'actualSize' },
      { type: 'zoomIn' },
      { type: 'panBy', dx: 30, dy: 20 },
    );
    const switched = compareReducer(zoomed, { type: 'setMode', mode: 'onion' });
    expect(switched.mode).toBe('onion');
    expect(switched.zoom).toBe(zoomed.zoom);
    expect(switched.pan).toEqual(zoomed.pan);
  });
});

describe('zoom', () => {
  it('fits the whole photo in the pane (the tighter side decides)', () => {
    expect(fitScale(frame)).toBeCloseTo(400 / 358);
    expect(displayScale(measured())).toBeCloseTo(400 / 358);
    expect(fitScale(null)).toBe(1);
  });

  it('steps by ×1.25 and lands on exactly 100 % when a step crosses it', () => {
    const state = run(measured({ zoom: 0.5 }), { type: 'zoomIn' });
    expect(state.zoom).toBe(0.625);
    expect(run(measured({ zoom: 0.9 }), { type: 'zoomIn' }).zoom).toBe(1);
    expect(run(measured({ zoom: 1.1 }), { type: 'zoomOut' }).zoom).toBe(1);
    expect(run(measured({ zoom: 1 }), { type: 'zoomIn' }).zoom).toBe(1.25);
    expect(run(measured({ zoom: 1 }), { type: 'zoomOut' }).zoom).toBe(0.8);
  });

  it('zooms in from fit, starting at the fit scale', () => {
    const state = run(measured(), { type: 'zoomIn' });
    expect(state.zoom).toBeCloseTo((400 / 358) * 1.25);
  });

  it(`clamps between ${MIN_ZOOM * 100} % and ${MAX_ZOOM * 100} % of natural size`, () => {
    const inward = Array.from({ length: 40 }, (): CompareAction => ({ type: 'zoomIn' }));
    const outward = Array.from({ length: 40 }, (): CompareAction => ({ type: 'zoomOut' }));
    expect(run(measured(), ...inward).zoom).toBe(MAX_ZOOM);
    expect(run(measured(), ...outward).zoom).toBe(MIN_ZOOM);
  });

  it('widens the limits to include fit, so a huge photo can still be fitted by zooming out', () => {
    const huge: Frame = { viewport: { width: 400, height: 500 }, image: { width: 4000, height: 5000 } };
    const state = run(
      { ...createCompareState(), frame: huge },
      ...Array.from({ length: 40 }, (): CompareAction => ({ type: 'zoomOut' })),
    );
    expect(state.zoom).toBeCloseTo(0.1);
  });

  it('shows actual size as one photo pixel per CSS pixel and fit as fit', () => {
    const actual = run(measured(), { type: 'actualSize' });
    expect(actual.zoom).toBe(1);
    const fitted = run(actual, { type: 'zoomIn' }, { type: 'panBy', dx: 50, dy: 0 }, { type: 'fit' });
    expect(fitted.zoom).toBe('fit');
    expect(fitted.pan).toEqual({ x: 0, y: 0 });
  });

  it('keeps the photo point under the pointer in place when zooming at a point', () => {
    const start = measured({ zoom: 2, pan: { x: 0, y: 0 } });
    // Pointer 100 px right of and 50 px above the pane's centre (200, 250).
    const point = { x: 300, y: 200 };
    const photoPointBefore = { x: (100 - start.pan.x) / 2, y: (-50 - start.pan.y) / 2 };
    const state = compareReducer(start, { type: 'zoomAt', point, factor: 1.5 });
    expect(state.zoom).toBe(3);
    expect((100 - state.pan.x) / 3).toBeCloseTo(photoPointBefore.x);
    expect((-50 - state.pan.y) / 3).toBeCloseTo(photoPointBefore.y);
  });

  it('ignores a zoom factor that is not a positive number', () => {
    const state = measured({ zoom: 2 });
    expect(compareReducer(state, { type: 'zoomAt', point: { x: 0, y: 0 }, factor: 0 })).toBe(state);
    expect(compareReducer(state, { type: 'zoomAt', point: { x: 0, y: 0 }, factor: Number.NaN })).toBe(state);
  });

  it('follows the pane when it resizes at fit', () => {
    const state = run(measured(), {
      type: 'setFrame',
      frame: { viewport: { width: 179, height: 500 }, image: frame.image },
    });
    expect(displayScale(state)).toBeCloseTo(0.5);
  });
});

describe('pan', () => {
  it('cannot move a photo that fits the pane', () => {
    const state = measured();
    expect(canPan(state)).toBe(false);
    expect(compareReducer(state, { type: 'panBy', dx: 100, dy: 100 })).toBe(state);
  });

  it('moves a zoomed photo only as far as its edges reach the pane edges', () => {
    // At 200 %: 716 × 882 drawn in 400 × 500, so the centre may move ±158 × ±191.
    const zoomed = measured({ zoom: 2 });
    expect(canPan(zoomed)).toBe(true);
    expect(run(zoomed, { type: 'panBy', dx: 50, dy: -40 }).pan).toEqual({ x: 50, y: -40 });
    expect(run(zoomed, { type: 'panBy', dx: 10_000, dy: -10_000 }).pan).toEqual({ x: 158, y: -191 });
  });

  it('pulls the photo back into view when zooming out or when the pane grows', () => {
    const panned = run(measured({ zoom: 2 }), { type: 'panBy', dx: 150, dy: 150 });
    expect(run(panned, { type: 'zoomOut' }, { type: 'zoomOut' }, { type: 'zoomOut' }).pan).toEqual({
      x: 0,
      y: 0,
    });
    const wider = run(panned, {
      type: 'setFrame',
      frame: { viewport: { width: 700, height: 500 }, image: frame.image },
    });
    expect(wider.pan.x).toBe(8);
  });

  it('stays at fit when a drag has nothing to move', () => {
    const tall: Frame = { viewport: { width: 400, height: 200 }, image: { width: 358, height: 441 } };
    const state = { ...createCompareState(), frame: tall };
    expect(compareReducer(state, { type: 'panBy', dx: 20, dy: 20 })).toBe(state);
  });
});

describe('swipe and opacity', () => {
  it('clamps to 0–100', () => {
    const state = run(
      createCompareState(),
      { type: 'setSwipe', value: 140 },
      { type: 'setOpacity', value: -3 },
    );
    expect(state.swipe).toBe(100);
    expect(state.opacity).toBe(0);
  });

  it('splits the photo where the slider says when the whole photo is on screen', () => {
    const state = measured({ swipe: 25 });
    const split = swipeSplit(state, frame.image);
    expect(split.fraction).toBeCloseTo(0.25);
    // 25 % of a 400 px-wide photo drawn at fit is 100 px from its left edge, i.e. -100 px from the centre.
    expect(split.offsetX).toBeCloseTo(-100);
  });

  it('sweeps across the visible part of a zoomed photo, so the divider never leaves the pane', () => {
    const zoomed = measured({ zoom: 4, swipe: 0 });
    expect(swipeSplit(zoomed, frame.image).offsetX).toBe(-200);
    expect(swipeSplit({ ...zoomed, swipe: 100 }, frame.image).offsetX).toBe(200);
    expect(swipeSplit({ ...zoomed, swipe: 50 }, frame.image).fraction).toBeCloseTo(0.5);
  });
});

describe('actual size with photos of different sizes', () => {
  // A 413 × 531 card photo (passport size) against the standard new photo.
  const card = { width: 413, height: 531 };
  const both: Frame = { ...frame, other: card };

  it('gives each photo its own natural-size box at 100 %, centred on the new photo’s', () => {
    expect(naturalBox(card, frame.image, 1)).toEqual({ left: -27.5, top: -45, width: 413, height: 531 });
    expect(naturalBox(frame.image, frame.image, 1)).toEqual({ left: 0, top: 0, width: 358, height: 441 });
    // At any other scale both fill the new photo's box (contained), to overlay at the same size.
    expect(naturalBox(card, frame.image, 1.25)).toBeNull();
    expect(naturalBox(card, frame.image, fitScale(both))).toBeNull();
  });

  it('lets pan reach the edges of the larger photo at 100 %, and only then', () => {
    expect(drawnExtent(both, 1)).toEqual({ width: 413, height: 531 });
    expect(drawnExtent(both, 2)).toEqual(frame.image);
    expect(drawnExtent(frame, 1)).toEqual(frame.image);
    // 531 px high in a 500 px pane: the card photo's 15.5 px over each edge can be brought into view,
    // though the new photo alone (441 px) would fit and not move.
    const actual = run({ ...createCompareState(), frame: both }, { type: 'actualSize' });
    expect(canPan(actual)).toBe(true);
    expect(run(actual, { type: 'panBy', dx: 100, dy: 100 }).pan).toEqual({ x: 6.5, y: 15.5 });
    expect(canPan(run({ ...createCompareState(), frame }, { type: 'actualSize' }))).toBe(false);
  });
});

describe('useCompareViewer', () => {
  it('returns the state and stable actions', () => {
    const { result } = renderHook(() => useCompareViewer({ mode: 'swipe' }));
    const actions = result.current.actions;
    expect(result.current.state.mode).toBe('swipe');
    act(() => actions.cycleMode());
    expect(result.current.state.mode).toBe('onion');
    act(() => actions.zoomIn());
    expect(result.current.state.zoom).toBe(1.25);
    act(() => actions.reset());
    expect(result.current.state.mode).toBe('side-by-side');
    expect(result.current.actions).toBe(actions);
  });
});
