import FitScreenIcon from '@mui/icons-material/FitScreen';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { markFirstScreenShown, usePrefetch } from '@/components/on-demand';
import { Tooltip } from '@/components/tooltip';
import { useI18n, type MessageKey } from '@/i18n/i18n';
import {
  canPan,
  compareModes,
  displayScale,
  naturalBox,
  rememberViewport,
  sameFrame,
  swipeSplit,
  type CompareMode,
  type CompareState,
  type Frame,
  type Size,
  type useCompareViewer,
} from './compare-state';
import { DIFFERENCE_COLOURS, type DifferenceResult } from './difference';
import { kbd } from '../checklist';
import { shortcutKeys } from '../shortcuts';
import { useDifferenceImage, type DifferenceStatus } from './use-difference-image';
import { PANE_ATTRIBUTE, usePanZoom } from './use-pan-zoom';

// Only the swipe and onion-skin modes need a slider; it is loaded after the viewer is on screen
// rather than with it (docs/decisions/008-first-screen-budget.md).
const loadSlider = () => import('@mui/material/Slider');
const Slider = lazy(loadSlider);

export interface ViewerPhoto {
  src: string;
  /** Natural size in pixels, known from the request, so the layout is fixed before the photo loads. */
  width: number;
  height: number;
  alt: string;
  label: string;
}

export interface HighlightBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CompareViewerProps {
  viewer: ReturnType<typeof useCompareViewer>;
  newPhoto: ViewerPhoto;
  cardPhoto: ViewerPhoto;
  /** Areas of the new photo to outline (in its own pixels): where a machine check looked. */
  highlight?: readonly HighlightBox[];
  /** Who is looking and when, laid faintly over the photos so that a screenshot can be traced. */
  watermark?: string;
}

const modeLabels: Record<CompareMode, MessageKey> = {
  'side-by-side': 'compare.modeSideBySide',
  swipe: 'compare.modeSwipe',
  onion: 'compare.modeOnion',
  difference: 'compare.modeDifference',
};

// Fixed, so that switching modes or loading photos never moves the rest of the page.
const STAGE_HEIGHT = 'min(60vh, 560px)';
const STAGE_MIN_HEIGHT = 240;
const CONTROL_ROW_HEIGHT = 48;
// From this scale on, photo pixels are drawn as crisp squares: a reviewer zoomed this far is looking at
// blur or compression blocks, which smoothing would hide.
const PIXELATED_FROM = 2;

/**
 * The reviewer's compare viewer: the new photo against the current card photo in four modes, zoomed and
 * panned together. State lives in `useCompareViewer` (owned by the page, which binds the shortcuts).
 * The card photo is always drawn into the new photo's box, so the two line up even when their pixel sizes
 * differ, and zoom percentages refer to the new photo's pixels (100 % = one photo pixel per CSS pixel).
 */
/** Memoised: the page re-renders for a tick or a countdown; the photos need not. */
export const CompareViewer = memo(function CompareViewer({
  viewer,
  newPhoto,
  cardPhoto,
  highlight = [],
  watermark,
}: CompareViewerProps) {
  const { t, formatNumber } = useI18n();
  const { state, actions } = viewer;
  const { stageRef, dragging, handlers } = usePanZoom(actions);
  const difference = useDifferenceImage(state.mode === 'difference', newPhoto, cardPhoto);
  usePrefetch(() => void loadSlider().catch(() => undefined));
  // Both photos shown: the first screen is complete, and code kept waiting may be fetched.
  const loadedPhotos = useRef(new Set<string>());
  const photoLoaded = (src: string) => {
    loadedPhotos.current.add(src);
    if (loadedPhotos.current.has(newPhoto.src) && loadedPhotos.current.has(cardPhoto.src)) {
      markFirstScreenShown();
    }
  };
  const [failedSources, setFailedSources] = useState<ReadonlySet<string>>(() => new Set());
  const hintId = useId();

  const measurePane = usePaneMeasure(actions.setFrame, state.frame, newPhoto, cardPhoto);
  const box: Size = { width: newPhoto.width, height: newPhoto.height };

  const markFailed = useCallback(
    (src: string) => setFailedSources((failed) => (failed.has(src) ? failed : new Set(failed).add(src))),
    [],
  );

  const pannable = canPan(state);
  const scale = displayScale(state);
  const layer = layerStyle(box, scale, state);
  const photo = (which: ViewerPhoto, style?: CSSProperties) =>
    failedSources.has(which.src) ? null : (
      <img
        src={which.src}
        alt={which.alt}
        draggable={false}
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => markFailed(which.src)}
        onLoad={() => photoLoaded(which.src)}
        style={{ ...photoStyle(scale, naturalBox(which, box, scale)), ...style }}
      />
    );
  const failures = [newPhoto, cardPhoto].filter((p) => failedSources.has(p.src));
  // Outlines live in the photo's own pixels inside the scaled layer; the line keeps 2 screen pixels.
  const outlines = highlight.map((area, index) => (
    <Box
      key={index}
      aria-hidden
      data-testid="check-area"
      sx={{
        position: 'absolute',
        left: area.x,
        top: area.y,
        width: area.width,
        height: area.height,
        outline: `${2 / scale}px dashed #ff6d00`,
        boxShadow: `0 0 0 ${1 / scale}px rgba(255,255,255,0.8)`,
        pointerEvents: 'none',
      }}
    />
  ));

  let content: ReactNode;
  if (state.mode === 'side-by-side') {
    content = (
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1, height: '100%' }}>
        {[newPhoto, cardPhoto].map((p, index) => (
          <Figure key={index} caption={p.label} paneRef={index === 0 ? measurePane : undefined}>
            <div style={layer}>
              {photo(p)}
              {index === 0 ? outlines : null}
            </div>
            {failedSources.has(p.src) ? (
              <PaneMessage>{t('compare.photoFailed', { label: p.label })}</PaneMessage>
            ) : null}
          </Figure>
        ))}
      </Box>
    );
  } else if (state.mode === 'swipe' || state.mode === 'onion') {
    const split = swipeSplit(state, box);
    const top: CSSProperties =
      state.mode === 'swipe'
        ? { clipPath: `inset(0 ${(1 - split.fraction) * 100}% 0 0)` }
        : { opacity: state.opacity / 100 };
    const labels = { newLabel: newPhoto.label, cardLabel: cardPhoto.label };
    content = (
      <Figure
        caption={t(state.mode === 'swipe' ? 'compare.swipeCaption' : 'compare.onionCaption', labels)}
        paneRef={measurePane}
      >
        <div style={layer}>
          {photo(cardPhoto)}
          {photo(newPhoto, top)}
          {outlines}
        </div>
        {state.mode === 'swipe' ? (
          <SwipeDivider offsetX={split.offsetX} newLabel={newPhoto.label} cardLabel={cardPhoto.label} />
        ) : null}
        <FailureMessages photos={failures} />
      </Figure>
    );
  } else {
    content = (
      <Figure
        caption={t('compare.differenceCaption', { newLabel: newPhoto.label, cardLabel: cardPhoto.label })}
        paneRef={measurePane}
      >
        {difference.status === 'ready' ? (
          <DifferenceCanvas
            result={difference.result}
            style={layer}
            label={t('compare.differenceImage', {
              newLabel: newPhoto.label,
              cardLabel: cardPhoto.label,
              summary: summaryText(difference.result, t, formatNumber),
            })}
          />
        ) : difference.status === 'unavailable' ? (
          <PaneMessage>{t('compare.differenceUnavailable')}</PaneMessage>
        ) : (
          <PaneMessage>
            <CircularProgress size={32} aria-hidden />
          </PaneMessage>
        )}
      </Figure>
    );
  }

  return (
    <Stack spacing={1} sx={{ minWidth: 0 }}>
      <Toolbar mode={state.mode} scale={scale} fitted={state.zoom === 'fit'} actions={actions} />
      <Box
        ref={stageRef}
        role="group"
        aria-label={t('compare.stage')}
        aria-describedby={hintId}
        tabIndex={0}
        {...handlers}
        style={{ cursor: pannable ? (dragging ? 'grabbing' : 'grab') : 'default' }}
        sx={{
          height: STAGE_HEIGHT,
          minHeight: STAGE_MIN_HEIGHT,
          position: 'relative',
          // Touch drags pan the photo instead of scrolling the page.
          touchAction: 'none',
          userSelect: 'none',
          borderRadius: 1,
          '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        {content}
        {watermark ? <Watermark text={watermark} /> : null}
      </Box>
      <ModeControls
        mode={state.mode}
        swipe={state.swipe}
        opacity={state.opacity}
        actions={actions}
        difference={difference}
      />
      <Typography id={hintId} variant="caption" color="text.secondary">
        {t('compare.panHint')}
      </Typography>
    </Stack>
  );
});

type Viewer = ReturnType<typeof useCompareViewer>;

/**
 * A ref callback that reports the pane's size (and the photo box it shows) to the reducer as the pane
 * resizes, so 'fit' follows the window and pan stays within bounds. React 19 calls the returned clean-up
 * when the pane goes (e.g. on a mode switch, which brings a pane of another size).
 */
function usePaneMeasure(
  setFrame: Viewer['actions']['setFrame'],
  current: Frame | null,
  image: Size,
  other: Size,
) {
  const { width: imageWidth, height: imageHeight } = image;
  const { width: otherWidth, height: otherHeight } = other;
  const shown = useRef(current);
  useEffect(() => {
    shown.current = current;
  });
  return useCallback(
    (pane: HTMLElement | null) => {
      if (!pane) return;
      const report = (width: number, height: number, inCommit = false) => {
        const frame =
          width > 0 && height > 0
            ? {
                viewport: { width, height },
                image: { width: imageWidth, height: imageHeight },
                other: { width: otherWidth, height: otherHeight },
              }
            : null;
        rememberViewport(frame?.viewport ?? null);
        if (sameFrame(shown.current, frame)) return;
        shown.current = frame;
        // Before the frame is painted, so that the photo never shows at a wrong scale. In React's
        // commit (this ref callback) an update is applied before paint anyway, and flushSync may not run.
        if (inCommit) setFrame(frame);
        else flushSync(() => setFrame(frame));
      };
      if (typeof ResizeObserver === 'undefined') {
        report(pane.clientWidth, pane.clientHeight, true);
        return;
      }
      // The first observation comes after layout, before paint: no layout is forced here, and a pane
      // the size of the last one (the usual case when moving on) changes nothing.
      const observer = new ResizeObserver(() => report(pane.clientWidth, pane.clientHeight));
      observer.observe(pane);
      return () => observer.disconnect();
    },
    [setFrame, imageWidth, imageHeight, otherWidth, otherHeight],
  );
}

/** Memoised on what it shows, so that a drag (a new pan every frame) does not re-render the MUI controls. */
const Toolbar = memo(function Toolbar({
  mode,
  scale,
  fitted,
  actions,
}: {
  mode: CompareMode;
  scale: number;
  fitted: boolean;
  actions: Viewer['actions'];
}) {
  const { t, formatNumber } = useI18n();
  const percent = formatNumber(scale, { style: 'percent', maximumFractionDigits: 0 });
  // aria-keyshortcuts names the + key "Plus" (a bare + is its separator); = is + without Shift.
  const zoomButtons: {
    key: MessageKey;
    icon: ReactNode;
    onClick: () => void;
    shortcut?: { shown: string; aria: string };
  }[] = [
    {
      key: 'compare.zoomOut',
      icon: <ZoomOutIcon />,
      onClick: actions.zoomOut,
      shortcut: { shown: shortcutKeys.zoomOut, aria: '-' },
    },
    {
      key: 'compare.zoomIn',
      icon: <ZoomInIcon />,
      onClick: actions.zoomIn,
      shortcut: { shown: shortcutKeys.zoomIn, aria: 'Plus =' },
    },
    {
      key: 'compare.fit',
      icon: <FitScreenIcon />,
      onClick: actions.fit,
      shortcut: { shown: shortcutKeys.fit, aria: shortcutKeys.fit },
    },
    {
      key: 'compare.actualSize',
      icon: (
        <Box
          component="span"
          aria-hidden
          sx={{ fontSize: 14, fontWeight: 700, lineHeight: '24px', px: 0.25 }}
        >
          1:1
        </Box>
      ),
      onClick: actions.actualSize,
      shortcut: { shown: shortcutKeys.actualSize, aria: shortcutKeys.actualSize },
    },
  ];
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <ToggleButtonGroup
          value={mode}
          exclusive
          size="small"
          aria-label={t('compare.modeGroup')}
          aria-keyshortcuts={shortcutKeys.cycleMode}
          // Clicking the selected mode again gives null; a mode is always shown, so that is ignored.
          onChange={(_event, mode: CompareMode | null) => {
            if (mode) actions.setMode(mode);
          }}
        >
          {compareModes.map((mode) => (
            <ToggleButton key={mode} value={mode} sx={{ px: 1.5 }}>
              {t(modeLabels[mode])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {/* Shown, not read: the group carries the key in aria-keyshortcuts. */}
        <Box component="kbd" sx={{ ...kbd, ml: 0.75 }} aria-hidden>
          {shortcutKeys.cycleMode}
        </Box>
      </Stack>
      <Stack direction="row" role="group" aria-label={t('compare.zoomGroup')} sx={{ alignItems: 'center' }}>
        {zoomButtons.map((button) => (
          <Tooltip
            key={button.key}
            title={
              button.shortcut
                ? t('compare.withKey', { label: t(button.key), key: button.shortcut.shown })
                : t(button.key)
            }
          >
            <IconButton
              aria-label={t(button.key)}
              aria-keyshortcuts={button.shortcut?.aria}
              onClick={button.onClick}
            >
              {button.icon}
            </IconButton>
          </Tooltip>
        ))}
        {/* Polite: announced when the reviewer pauses, not on every wheel tick. Fixed width so digits do not
            shift the row. */}
        <Typography
          role="status"
          aria-live="polite"
          variant="body2"
          sx={{ ml: 1, minWidth: '13ch', fontVariantNumeric: 'tabular-nums' }}
        >
          {t(fitted ? 'compare.zoomLevelFit' : 'compare.zoomLevel', { percent })}
        </Typography>
      </Stack>
    </Stack>
  );
});

const ModeControls = memo(function ModeControls({
  mode,
  swipe: swipeValue,
  opacity,
  actions,
  difference,
}: Pick<CompareState, 'mode' | 'swipe' | 'opacity'> & {
  actions: Viewer['actions'];
  difference: DifferenceStatus;
}) {
  const { t, formatNumber } = useI18n();
  const labelId = useId();
  const asPercent = (value: number) => formatNumber(value / 100, { style: 'percent' });
  let control: ReactNode = null;
  if (mode === 'swipe' || mode === 'onion') {
    const swipe = mode === 'swipe';
    control = (
      <>
        <Typography id={labelId} variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
          {t(swipe ? 'compare.swipePosition' : 'compare.opacity')}
        </Typography>
        <Suspense fallback={<Box sx={{ width: 360, maxWidth: '100%', height: 30 }} />}>
          <Slider
            key={mode}
            aria-labelledby={labelId}
            value={swipe ? swipeValue : opacity}
            onChange={(_event, value) => {
              if (typeof value !== 'number') return;
              if (swipe) actions.setSwipe(value);
              else actions.setOpacity(value);
            }}
            min={0}
            max={100}
            step={1}
            getAriaValueText={asPercent}
            valueLabelDisplay="auto"
            valueLabelFormat={asPercent}
            sx={{ maxWidth: 360, mx: 1 }}
          />
        </Suspense>
      </>
    );
  }
  return (
    <Stack
      direction="row"
      useFlexGap
      sx={{ minHeight: CONTROL_ROW_HEIGHT, alignItems: 'center', gap: 2, flexWrap: 'wrap' }}
    >
      {control}
      {/* Present in every mode so that screen readers are already listening when the difference is ready. */}
      <Typography role="status" variant="body2" sx={{ fontWeight: 600 }}>
        {mode !== 'difference'
          ? null
          : difference.status === 'ready'
            ? summaryText(difference.result, t, formatNumber)
            : difference.status === 'unavailable'
              ? t('compare.differenceUnavailableShort')
              : t('compare.differenceComputing')}
      </Typography>
      {mode === 'difference' && difference.status === 'ready' ? <Legend /> : null}
    </Stack>
  );
});

type I18n = ReturnType<typeof useI18n>;

/** "12 % of pixels differ", with more digits for tiny shares so that a few changed pixels never read 0 %. */
function summaryText(result: DifferenceResult, t: I18n['t'], formatNumber: I18n['formatNumber']): string {
  const share = result.summary.changedShare;
  const percent = formatNumber(
    share,
    share > 0 && share < 0.1
      ? { style: 'percent', maximumSignificantDigits: 2 }
      : { style: 'percent', maximumFractionDigits: 0 },
  );
  return t('compare.differenceSummary', { percent });
}

function Legend() {
  const { t } = useI18n();
  const swatch = (background: string) => (
    <Box
      component="span"
      aria-hidden
      sx={{ display: 'inline-block', width: 24, height: 12, mr: 0.75, border: 1, borderColor: 'divider' }}
      style={{ background }}
    />
  );
  const [low, high] = [DIFFERENCE_COLOURS.low, DIFFERENCE_COLOURS.high].map((c) => `rgb(${c.join(' ')})`);
  return (
    <Stack direction="row" useFlexGap sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center' }}>
        {swatch(`linear-gradient(to right, ${low}, ${high})`)}
        {t('compare.legendChanged')}
      </Typography>
      <Typography variant="body2" sx={{ display: 'flex', alignItems: 'center' }}>
        {swatch(`rgb(${DIFFERENCE_COLOURS.unchanged.join(' ')})`)}
        {t('compare.legendUnchanged')}
      </Typography>
    </Stack>
  );
}

function Figure({
  caption,
  paneRef,
  children,
}: {
  caption: string;
  paneRef?: (pane: HTMLElement | null) => void;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <Box
      component="figure"
      // Named explicitly: not every screen reader takes a figure's name from its figcaption.
      aria-labelledby={captionId}
      sx={{ m: 0, minWidth: 0, height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <Typography
        id={captionId}
        component="figcaption"
        variant="subtitle2"
        noWrap
        sx={{ lineHeight: '28px', flex: 'none' }}
      >
        {caption}
      </Typography>
      <Box
        ref={paneRef}
        {...{ [PANE_ATTRIBUTE]: '' }}
        sx={{
          position: 'relative',
          flex: '1 1 0',
          minHeight: 0,
          overflow: 'hidden',
          bgcolor: 'grey.100',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        {children}
      </Box>
    </Box>
  );
}

function PaneMessage({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        position: 'absolute',
        inset: 0,
        display: 'grid',
        placeItems: 'center',
        p: 3,
        textAlign: 'center',
        color: 'text.secondary',
      }}
    >
      {children}
    </Box>
  );
}

function FailureMessages({ photos }: { photos: ViewerPhoto[] }) {
  const { t } = useI18n();
  if (photos.length === 0) return null;
  return (
    <Box
      role="alert"
      sx={{
        position: 'absolute',
        left: 8,
        right: 8,
        bottom: 8,
        p: 1,
        bgcolor: 'background.paper',
        color: 'error.main',
      }}
    >
      {photos.map((p) => (
        <div key={p.src}>{t('compare.photoFailed', { label: p.label })}</div>
      ))}
    </Box>
  );
}

/** The divider line and the two sides' names; decorative, the caption says the same in words. */
function SwipeDivider({
  offsetX,
  newLabel,
  cardLabel,
}: {
  offsetX: number;
  newLabel: string;
  cardLabel: string;
}) {
  const chip = {
    position: 'absolute',
    top: 8,
    px: 1,
    py: 0.25,
    borderRadius: 1,
    typography: 'caption',
  } as const;
  return (
    <Box aria-hidden sx={{ position: 'absolute', inset: 0, pointerEvents: 'none' }}>
      <Box sx={{ ...chip, left: 8, bgcolor: 'rgba(0 0 0 / 0.65)', color: 'common.white' }}>{newLabel}</Box>
      <Box sx={{ ...chip, right: 8, bgcolor: 'rgba(0 0 0 / 0.65)', color: 'common.white' }}>{cardLabel}</Box>
      <Box
        data-testid="swipe-divider"
        sx={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          width: 2,
          ml: '-1px',
          bgcolor: 'common.white',
          // Dark edges keep the white line visible on the white photo background.
          boxShadow: '0 0 0 1px rgba(0 0 0 / 0.6)',
        }}
        style={{ left: `calc(50% + ${offsetX}px)` }}
      />
    </Box>
  );
}

function DifferenceCanvas({
  result,
  style,
  label,
}: {
  result: DifferenceResult;
  style: CSSProperties;
  label: string;
}) {
  const { width, height, data } = result.image;
  const draw = useCallback(
    (canvas: HTMLCanvasElement | null) => {
      const context = canvas?.getContext('2d');
      if (!context) return;
      // createImageData rather than `new ImageData`, which some environments lack.
      const image = context.createImageData(width, height);
      image.data.set(data);
      context.putImageData(image, 0, 0);
    },
    [width, height, data],
  );
  return (
    <canvas
      ref={draw}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      style={{ ...style, display: 'block' }}
    />
  );
}

/**
 * Zoom and pan as one CSS transform on a box the size of the new photo, centred in the pane: the compositor
 * moves it without re-layout. Dynamic values go in `style`, not `sx`, so a drag does not mint a new CSS
 * class per frame.
 */
function layerStyle(box: Size, scale: number, state: CompareState): CSSProperties {
  return {
    position: 'absolute',
    left: '50%',
    top: '50%',
    width: box.width,
    height: box.height,
    marginLeft: -box.width / 2,
    marginTop: -box.height / 2,
    transform: `translate(${state.pan.x}px, ${state.pan.y}px) scale(${scale})`,
    transformOrigin: 'center',
    imageRendering: scale >= PIXELATED_FROM ? 'pixelated' : 'auto',
  };
}

/**
 * Both photos fill the same box; 'contain' keeps a card photo of another shape undistorted. At 100 %
 * each has a box of its own natural size instead (`natural`), so that both show real pixels.
 */
function photoStyle(scale: number, natural: ReturnType<typeof naturalBox>): CSSProperties {
  return {
    position: 'absolute',
    ...(natural ?? { left: 0, top: 0, width: '100%', height: '100%' }),
    maxWidth: 'none',
    objectFit: 'contain',
    imageRendering: scale >= PIXELATED_FROM ? 'pixelated' : 'auto',
  };
}

/**
 * A faint, repeated "name · time" over the stage: invisible to assistive technology and to the pointer,
 * but present in any screenshot or photo of the screen.
 */
function Watermark({ text }: { text: string }) {
  return (
    <Box
      aria-hidden
      data-testid="watermark"
      data-text={text}
      sx={{
        position: 'absolute',
        inset: 0,
        overflow: 'hidden',
        pointerEvents: 'none',
        zIndex: 2,
        display: 'grid',
        gridTemplateColumns: 'repeat(3, 1fr)',
        alignContent: 'space-around',
        rowGap: 8,
        color: 'rgba(0, 0, 0, 0.14)',
        textShadow: '0 0 1px rgba(255, 255, 255, 0.25)',
        fontSize: '0.8rem',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        userSelect: 'none',
      }}
    >
      {/* Drawn as generated content, not text: it is decoration for screenshots, not for reading. */}
      {Array.from({ length: 12 }, (_, index) => (
        <Box
          key={index}
          component="span"
          data-text={text}
          sx={{
            transform: 'rotate(-24deg)',
            justifySelf: 'center',
            '&::before': { content: 'attr(data-text)' },
          }}
        />
      ))}
    </Box>
  );
}
