import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { CompareActions, Point } from './compare-state';

/** Marks the element a wheel position is measured against (each photo pane). */
export const PANE_ATTRIBUTE = 'data-compare-pane';

const KEY_PAN_PX = 48;
const KEY_PAN_FAST_PX = 192;
// Per wheel pixel; a mouse notch (~100 px) zooms by about a fifth. Trackpad pinches arrive as ctrl+wheel with
// small deltas, so they get a stronger rate.
const WHEEL_RATE = 0.002;
const PINCH_RATE = 0.01;

interface Pending {
  dx: number;
  dy: number;
  factor: number;
  point: Point | null;
}

const nothingPending = (): Pending => ({ dx: 0, dy: 0, factor: 1, point: null });

/**
 * Mouse, touch, wheel and arrow-key panning and zooming for the viewer's stage.
 * Pointer moves and wheel ticks arrive far more often than the screen refreshes; they are summed and handed
 * to the reducer once per animation frame, so a drag costs one state update per frame and nothing else.
 */
export function usePanZoom(actions: Pick<CompareActions, 'panBy' | 'zoomAt'>) {
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ pointerId: number; x: number; y: number } | null>(null);
  const pending = useRef<Pending>(nothingPending());
  const frame = useRef<number | null>(null);
  const { panBy, zoomAt } = actions;

  const flush = useCallback(() => {
    frame.current = null;
    const { dx, dy, factor, point } = pending.current;
    pending.current = nothingPending();
    if (dx !== 0 || dy !== 0) panBy(dx, dy);
    if (point && factor !== 1) zoomAt(point, factor);
  }, [panBy, zoomAt]);

  const schedule = useCallback(() => {
    if (frame.current !== null) return;
    if (typeof requestAnimationFrame !== 'function') {
      flush();
      return;
    }
    frame.current = requestAnimationFrame(flush);
  }, [flush]);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  /**
   * React's wheel listener is passive, so it cannot stop the page from scrolling; a native one can. It is
   * attached to the stage only, so the page still scrolls everywhere else.
   */
  const stageRef = useCallback(
    (stage: HTMLElement | null) => {
      if (!stage) return;
      const onWheel = (event: WheelEvent) => {
        const target = event.target instanceof Element ? event.target : null;
        const pane = target?.closest(`[${PANE_ATTRIBUTE}]`) ?? stage.querySelector(`[${PANE_ATTRIBUTE}]`);
        if (!pane || event.deltaY === 0) return;
        event.preventDefault();
        const rect = pane.getBoundingClientRect();
        const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? rect.height : 1;
        const rate = event.ctrlKey ? PINCH_RATE : WHEEL_RATE;
        const factor = Math.min(2, Math.max(0.5, Math.exp(-event.deltaY * unit * rate)));
        pending.current.factor *= factor;
        pending.current.point = { x: event.clientX - rect.left, y: event.clientY - rect.top };
        schedule();
      };
      stage.addEventListener('wheel', onWheel, { passive: false });
      return () => stage.removeEventListener('wheel', onWheel);
    },
    [schedule],
  );

  const endDrag = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    setDragging(false);
  }, []);

  const handlers = {
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
      // Primary button or a touch/pen contact only: right-click keeps its menu.
      if (event.button !== 0 || drag.current) return;
      drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
      // Capture keeps the drag going when the pointer leaves the stage mid-drag.
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setDragging(true);
    },
    onPointerMove: (event: ReactPointerEvent<HTMLElement>) => {
      const current = drag.current;
      if (current?.pointerId !== event.pointerId) return;
      pending.current.dx += event.clientX - current.x;
      pending.current.dy += event.clientY - current.y;
      current.x = event.clientX;
      current.y = event.clientY;
      schedule();
    },
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
    onLostPointerCapture: endDrag,
    /** Arrow keys move the view like scrolling a page (→ shows more of the right side); Shift for big steps. */
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const step = event.shiftKey ? KEY_PAN_FAST_PX : KEY_PAN_PX;
      const moves: Record<string, [number, number]> = {
        ArrowLeft: [step, 0],
        ArrowRight: [-step, 0],
        ArrowUp: [0, step],
        ArrowDown: [0, -step],
      };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      panBy(move[0], move[1]);
    },
  };

  return { stageRef, dragging, handlers };
}
