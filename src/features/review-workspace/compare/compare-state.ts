import { useMemo, useReducer } from 'react';

/** The order `cycleMode` walks through (the M shortcut): from the calmest view to the most analytical. */
export const compareModes = ['side-by-side', 'swipe', 'onion', 'difference'] as const;
export type CompareMode = (typeof compareModes)[number];

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * What the viewer measured: the size of one viewing pane (CSS px) and the natural size of the photo that
 * zoom refers to (the new photo; the card photo is drawn into the same box, except at 100 %). Without it the reducer cannot
 * know the fit scale or how far the photo may be dragged, so it assumes 1 and leaves pan alone.
 */
export interface Frame {
  viewport: Size;
  image: Size;
  /**
   * The other (card) photo's natural size, when known: at 100 % each photo is drawn at its own size
   * (see `naturalBox`), so pan must reach the edges of the larger one too.
   */
  other?: Size;
}

export interface CompareState {
  mode: CompareMode;
  /** 'fit' follows the pane as it resizes; a number is CSS px per image px (1 = actual size, 1:1). */
  zoom: 'fit' | number;
  /** Offset of the photo's centre from the pane's centre, in CSS px (after scaling). */
  pan: Point;
  /** Where the new photo ends in swipe mode, 0–100 % of the visible part of the photo. */
  swipe: number;
  /** The new photo's opacity in onion-skin mode, 0–100. */
  opacity: number;
  frame: Frame | null;
}

export const ZOOM_STEP = 1.25;
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 8;

export type CompareAction =
  | { type: 'setMode'; mode: CompareMode }
  | { type: 'cycleMode' }
  | { type: 'zoomIn' }
  | { type: 'zoomOut' }
  | { type: 'fit' }
  | { type: 'actualSize' }
  | { type: 'zoomAt'; point: Point; factor: number }
  | { type: 'panBy'; dx: number; dy: number }
  | { type: 'setSwipe'; value: number }
  | { type: 'setOpacity'; value: number }
  | { type: 'setFrame'; frame: Frame | null }
  | { type: 'reset' };

export type CompareOptions = Partial<Pick<CompareState, 'mode' | 'swipe' | 'opacity' | 'frame'>>;

export function createCompareState(options: CompareOptions = {}): CompareState {
  return {
    mode: options.mode ?? 'side-by-side',
    zoom: 'fit',
    pan: { x: 0, y: 0 },
    swipe: clampPercent(options.swipe ?? 50),
    opacity: clampPercent(options.opacity ?? 50),
    frame: options.frame ?? null,
  };
}

/**
 * The viewer's pane as last measured. The next request's viewer starts from it (with its own photo's
 * size), so that it fits at once: measuring a new pane would force a layout in the middle of moving
 * on and render the whole workspace a second time. The pane is measured again all the same.
 */
let lastViewport: Size | null = null;

export function rememberViewport(viewport: Size | null): void {
  if (viewport && isPositive(viewport)) lastViewport = viewport;
}

/** The frame a new viewer of a photo this size starts with: the last pane measured, if any. */
export function initialFrame(image: Size, other?: Size): Frame | null {
  if (!lastViewport) return null;
  const frame: Frame = { viewport: lastViewport, image: sizeOf(image) };
  return other ? { ...frame, other: sizeOf(other) } : frame;
}

function sizeOf(size: Size): Size {
  return { width: size.width, height: size.height };
}

/**
 * Where a photo is drawn inside the zoomed layer (the new photo's box, in its image px). At exactly
 * 100 % every photo gets a box of its own natural size, centred where the new photo's is, so that a card
 * photo of another size is shown in real pixels too and both move and zoom together. At any other scale
 * it is null: the photo is contained in the new photo's box, so that photos of different sizes overlay
 * at the same size for comparing (swipe, onion skin).
 */
export function naturalBox(
  photo: Size,
  box: Size,
  scale: number,
): { left: number; top: number; width: number; height: number } | null {
  if (scale !== 1 || !isPositive(photo)) return null;
  return {
    left: (box.width - photo.width) / 2,
    top: (box.height - photo.height) / 2,
    width: photo.width,
    height: photo.height,
  };
}

/** The size of what is drawn, in image px: at 100 % the larger of the two photos on each side. */
export function drawnExtent(frame: Frame, scale: number): Size {
  if (scale !== 1 || !frame.other || !isPositive(frame.other)) return frame.image;
  return {
    width: Math.max(frame.image.width, frame.other.width),
    height: Math.max(frame.image.height, frame.other.height),
  };
}

/** The scale at which the whole photo fits the pane (never enlarged past what the pane allows). */
export function fitScale(frame: Frame | null): number {
  if (!frame || !isPositive(frame.viewport) || !isPositive(frame.image)) return 1;
  return Math.min(frame.viewport.width / frame.image.width, frame.viewport.height / frame.image.height);
}

/** The scale actually drawn: what the zoom percentage shows. */
export function displayScale(state: CompareState): number {
  return state.zoom === 'fit' ? fitScale(state.frame) : state.zoom;
}

/**
 * Zoom limits relative to natural size. They widen to include the fit scale so that "Fit" is always
 * reachable by zooming, even for a photo far larger or smaller than the pane.
 */
export function zoomLimits(frame: Frame | null): { min: number; max: number } {
  const fit = fitScale(frame);
  return { min: Math.min(MIN_ZOOM, fit), max: Math.max(MAX_ZOOM, fit) };
}

/** Whether the drawn photo is larger than the pane, i.e. dragging would move it. */
export function canPan(state: CompareState): boolean {
  const limit = panLimit(state.frame, displayScale(state));
  return limit.x > 0 || limit.y > 0;
}

/**
 * Where swipe mode splits the photos. The percentage is taken over the part of the photo that is on screen,
 * so that when a reviewer has zoomed into the eyes the whole slider sweeps across what they see, instead of
 * most of its range moving the divider off screen.
 * Returns the split as a fraction of the photo's width (for clipping the new photo) and as an offset in CSS
 * px from the pane's centre (for drawing the divider).
 */
export function swipeSplit(state: CompareState, image: Size): { fraction: number; offsetX: number } {
  const drawn = image.width * displayScale(state);
  const left = state.pan.x - drawn / 2;
  const right = state.pan.x + drawn / 2;
  const half = state.frame && state.frame.viewport.width > 0 ? state.frame.viewport.width / 2 : Infinity;
  const visibleLeft = Math.max(left, -half);
  const visibleRight = Math.min(right, half);
  if (!(drawn > 0) || visibleRight <= visibleLeft) return { fraction: state.swipe / 100, offsetX: 0 };
  const offsetX = visibleLeft + (state.swipe / 100) * (visibleRight - visibleLeft);
  return { fraction: (offsetX - left) / drawn, offsetX };
}

export function compareReducer(state: CompareState, action: CompareAction): CompareState {
  switch (action.type) {
    case 'setMode':
      // Zoom and pan are kept on purpose: a reviewer zoomed into the eyes switches to onion skin to compare
      // exactly those eyes.
      return action.mode === state.mode ? state : { ...state, mode: action.mode };
    case 'cycleMode': {
      const next = compareModes[(compareModes.indexOf(state.mode) + 1) % compareModes.length];
      return { ...state, mode: next ?? compareModes[0] };
    }
    case 'zoomIn':
      return zoomAroundCentre(state, stepZoom(displayScale(state), ZOOM_STEP));
    case 'zoomOut':
      return zoomAroundCentre(state, stepZoom(displayScale(state), 1 / ZOOM_STEP));
    case 'fit':
      return state.zoom === 'fit' && isOrigin(state.pan)
        ? state
        : { ...state, zoom: 'fit', pan: { x: 0, y: 0 } };
    case 'actualSize':
      return zoomAroundCentre(state, 1);
    case 'zoomAt':
      return zoomAtPoint(state, action.point, action.factor);
    case 'panBy':
      return withPan(state, displayScale(state), {
        x: state.pan.x + finite(action.dx),
        y: state.pan.y + finite(action.dy),
      });
    case 'setSwipe': {
      const swipe = clampPercent(action.value);
      return swipe === state.swipe ? state : { ...state, swipe };
    }
    case 'setOpacity': {
      const opacity = clampPercent(action.value);
      return opacity === state.opacity ? state : { ...state, opacity };
    }
    case 'setFrame': {
      if (sameFrame(state.frame, action.frame)) return state;
      const next = { ...state, frame: action.frame };
      // A resize must not leave the photo stranded outside the smaller pane.
      return withPan(next, displayScale(next), next.pan);
    }
    case 'reset':
      return { ...createCompareState(), frame: state.frame };
  }
}

/** One zoom step; lands on exactly 100 % when a step would cross it, so 1:1 is reachable by steps alone. */
function stepZoom(current: number, factor: number): number {
  const next = current * factor;
  const crossesActual = (current < 1 && next > 1) || (current > 1 && next < 1);
  return crossesActual ? 1 : next;
}

function zoomAroundCentre(state: CompareState, scale: number): CompareState {
  const current = displayScale(state);
  const { min, max } = zoomLimits(state.frame);
  const next = clamp(scale, min, max);
  // Keeping the pane's centre over the same spot of the photo: offsets scale with the photo.
  const ratio = next / current;
  return withZoom(state, next, { x: state.pan.x * ratio, y: state.pan.y * ratio });
}

function zoomAtPoint(state: CompareState, point: Point, factor: number): CompareState {
  if (!(factor > 0) || !Number.isFinite(factor)) return state;
  // Without a measured pane the pointer cannot be placed on the photo: zoom around the centre instead.
  if (!state.frame) return zoomAroundCentre(state, displayScale(state) * factor);
  const current = displayScale(state);
  const { min, max } = zoomLimits(state.frame);
  const next = clamp(current * factor, min, max);
  // The photo point under the pointer stays under the pointer.
  const fromCentre = {
    x: point.x - state.frame.viewport.width / 2,
    y: point.y - state.frame.viewport.height / 2,
  };
  const ratio = next / current;
  return withZoom(state, next, {
    x: fromCentre.x - (fromCentre.x - state.pan.x) * ratio,
    y: fromCentre.y - (fromCentre.y - state.pan.y) * ratio,
  });
}

function withZoom(state: CompareState, scale: number, pan: Point): CompareState {
  const zoomed = state.zoom === scale ? state : { ...state, zoom: scale };
  return withPan(zoomed, scale, pan);
}

function withPan(state: CompareState, scale: number, pan: Point): CompareState {
  const limit = panLimit(state.frame, scale);
  const next = { x: clamp(pan.x, -limit.x, limit.x), y: clamp(pan.y, -limit.y, limit.y) };
  if (next.x === state.pan.x && next.y === state.pan.y) return state;
  // Dragging a photo that fits makes it a fixed zoom: 'fit' always means centred.
  const zoom = state.zoom === 'fit' && !isOrigin(next) ? scale : state.zoom;
  return { ...state, zoom, pan: next };
}

/**
 * How far the photo's centre may move: its edges may reach the pane's edges, never further, so the photo
 * can never be dragged out of view. A photo smaller than the pane stays centred.
 * Without a measured frame nothing can be checked, so pan is left free.
 */
function panLimit(frame: Frame | null, scale: number): Point {
  if (!frame) return { x: Infinity, y: Infinity };
  const extent = drawnExtent(frame, scale);
  return {
    x: Math.max(0, (extent.width * scale - frame.viewport.width) / 2),
    y: Math.max(0, (extent.height * scale - frame.viewport.height) / 2),
  };
}

export function sameFrame(a: Frame | null, b: Frame | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.viewport.width === b.viewport.width &&
    a.viewport.height === b.viewport.height &&
    a.image.width === b.image.width &&
    a.image.height === b.image.height &&
    a.other?.width === b.other?.width &&
    a.other?.height === b.other?.height
  );
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? clamp(value, 0, 100) : 50;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

function isOrigin(point: Point): boolean {
  return point.x === 0 && point.y === 0;
}

function isPositive(size: Size): boolean {
  return size.width > 0 && size.height > 0;
}

/** Everything the parent page may call, e.g. from its keyboard shortcuts (M, +, -, 0). Stable identities. */
export interface CompareActions {
  setMode: (mode: CompareMode) => void;
  cycleMode: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  actualSize: () => void;
  /** Zooms by `factor` keeping the photo point under `point` (CSS px from the pane's top left) in place. */
  zoomAt: (point: Point, factor: number) => void;
  panBy: (dx: number, dy: number) => void;
  setSwipe: (value: number) => void;
  setOpacity: (value: number) => void;
  /** Called by the viewer when it measures its pane; the parent need not call it. */
  setFrame: (frame: Frame | null) => void;
  /** Back to side by side at fit, e.g. when the page moves on to the next request. */
  reset: () => void;
}

export interface CompareViewerController {
  state: CompareState;
  actions: CompareActions;
}

export function useCompareViewer(options?: CompareOptions): CompareViewerController {
  const [state, dispatch] = useReducer(compareReducer, options, createCompareState);
  // Stable functions, so the parent's keyboard handlers and memoised children do not churn.
  const actions = useMemo<CompareActions>(
    () => ({
      setMode: (mode) => dispatch({ type: 'setMode', mode }),
      cycleMode: () => dispatch({ type: 'cycleMode' }),
      zoomIn: () => dispatch({ type: 'zoomIn' }),
      zoomOut: () => dispatch({ type: 'zoomOut' }),
      fit: () => dispatch({ type: 'fit' }),
      actualSize: () => dispatch({ type: 'actualSize' }),
      zoomAt: (point, factor) => dispatch({ type: 'zoomAt', point, factor }),
      panBy: (dx, dy) => dispatch({ type: 'panBy', dx, dy }),
      setSwipe: (value) => dispatch({ type: 'setSwipe', value }),
      setOpacity: (value) => dispatch({ type: 'setOpacity', value }),
      setFrame: (frame) => dispatch({ type: 'setFrame', frame }),
      reset: () => dispatch({ type: 'reset' }),
    }),
    [],
  );
  return useMemo(() => ({ state, actions }), [state, actions]);
}
