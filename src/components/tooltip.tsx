import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { cloneElement, useEffect, useId, useRef, useState, type FocusEvent, type ReactElement } from 'react';

interface TooltipProps {
  /** The text shown; an empty string shows nothing (and names nothing). */
  title: string;
  /** One element: it keeps its own accessible name, or takes the title as its name if it has none. */
  children: ReactElement<{ 'aria-label'?: string; 'aria-describedby'?: string }>;
  /** Layout of the wrapper that catches hover and focus (for a child that must stretch, say). */
  sx?: SxProps<Theme>;
}

/** MUI's delay before a hover shows the tooltip: moving the pointer across does not flash it. */
const HOVER_DELAY_MS = 100;

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * A small tooltip in place of MUI's, which brings Popper and popper.js (about 11 kB gzipped) into the
 * first screens (docs/decisions/011-lighter-first-screens.md). Shown on hover and on keyboard focus,
 * dismissed with Escape (WCAG 1.4.13), placed under its anchor with CSS. Accessible names stay as MUI's
 * gave them: a child without its own label is named by the title; the open tooltip's text is linked
 * with aria-describedby when it says something the name does not.
 */
export function Tooltip({ title, children, sx }: TooltipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const shown = open && title !== '';

  useEffect(() => () => clearTimeout(hoverTimer.current), []);
  useEffect(() => {
    if (!shown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown]);

  const ownLabel = children.props['aria-label'];
  const name = ownLabel ?? (title === '' ? undefined : title);
  const describedBy = [children.props['aria-describedby'], shown && title !== name ? id : undefined]
    .filter(Boolean)
    .join(' ');

  return (
    <Box
      component="span"
      sx={[{ position: 'relative', display: 'inline-flex' }, ...(Array.isArray(sx) ? sx : [sx])]}
      onMouseEnter={() => {
        clearTimeout(hoverTimer.current);
        hoverTimer.current = setTimeout(() => setOpen(true), HOVER_DELAY_MS);
      }}
      onMouseLeave={() => {
        clearTimeout(hoverTimer.current);
        setOpen(false);
      }}
      onFocus={(event: FocusEvent<HTMLElement>) => {
        if (focusVisible(event.target)) setOpen(true);
      }}
      onBlur={() => setOpen(false)}
    >
      {cloneElement(children, {
        'aria-label': name,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {shown ? (
        <Box
          component="span"
          role="tooltip"
          id={id}
          sx={(theme) => ({
            position: 'absolute',
            top: 'calc(100% + 6px)',
            left: '50%',
            transform: 'translateX(-50%)',
            zIndex: theme.zIndex.tooltip,
            width: 'max-content',
            maxWidth: 300,
            px: 1,
            py: 0.5,
            borderRadius: 1,
            bgcolor: 'rgba(97, 97, 97, 0.92)',
            color: 'common.white',
            fontSize: theme.typography.pxToRem(11),
            fontWeight: theme.typography.fontWeightMedium,
            lineHeight: 1.4,
            textAlign: 'center',
            overflowWrap: 'break-word',
          })}
        >
          {title}
        </Box>
      ) : null}
    </Box>
  );
}
