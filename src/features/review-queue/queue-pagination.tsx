import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useId, useLayoutEffect, useRef, type ChangeEvent } from 'react';
import { Tooltip } from '@/components/tooltip';
import { useI18n } from '@/i18n/i18n';

interface QueuePaginationProps {
  /** Rows in all pages. */
  count: number;
  /** Zero-based. */
  page: number;
  rowsPerPage: number;
  rowsPerPageOptions: readonly number[];
  onPageChange: (page: number) => void;
  onRowsPerPageChange: (rowsPerPage: number) => void;
}

/**
 * The queue's pager, drawn as MUI's TablePagination was (rows per page, the range shown, previous and
 * next). TablePagination's actions import MUI's Tooltip, which brings Popper and popper.js (about
 * 11 kB gzipped) into the queue's first screen (docs/decisions/011-lighter-first-screens.md).
 */
export function QueuePagination({
  count,
  page,
  rowsPerPage,
  rowsPerPageOptions,
  onPageChange,
  onRowsPerPageChange,
}: QueuePaginationProps) {
  const { t, formatNumber } = useI18n();
  const labelId = useId();
  const selectId = useId();
  const from = count === 0 ? 0 : page * rowsPerPage + 1;
  const to = Math.min(count, (page + 1) * rowsPerPage);
  const atStart = page === 0;
  const atEnd = page >= Math.ceil(count / rowsPerPage) - 1;

  // A button that becomes disabled while focused (the last page reached) hands the focus to the other
  // one, as MUI's pager did, instead of dropping it on the page.
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const focused = useRef<'previous' | 'next' | null>(null);
  useLayoutEffect(() => {
    const button = focused.current === 'previous' ? previous.current : next.current;
    const other = focused.current === 'previous' ? next.current : previous.current;
    if (!focused.current || !button?.disabled) return;
    focused.current = null;
    const active = document.activeElement;
    if (active && active !== button && active !== document.body) return;
    if (other && !other.disabled) other.focus();
  });

  const pageButton = (which: 'previous' | 'next') => {
    const label = t(which === 'previous' ? 'queue.previousPage' : 'queue.nextPage');
    return (
      <Tooltip title={label}>
        <IconButton
          ref={which === 'previous' ? previous : next}
          color="inherit"
          aria-label={label}
          disabled={which === 'previous' ? atStart : atEnd}
          onClick={() => onPageChange(which === 'previous' ? page - 1 : page + 1)}
          onFocus={() => {
            focused.current = which;
          }}
          onBlur={(event) => {
            if (!event.currentTarget.disabled || event.relatedTarget) focused.current = null;
          }}
        >
          {which === 'previous' ? <KeyboardArrowLeft /> : <KeyboardArrowRight />}
        </IconButton>
      </Tooltip>
    );
  };

  return (
    <Box sx={{ overflow: 'auto', color: 'text.primary', fontSize: (theme) => theme.typography.pxToRem(14) }}>
      <Toolbar sx={{ minHeight: { xs: 52, sm: 52 }, pr: { xs: '2px', sm: '2px' }, pl: { xs: 2, sm: 3 } }}>
        <Box sx={{ flex: '1 1 100%' }} />
        <Typography id={labelId} component="p" variant="body2" sx={{ flexShrink: 0 }}>
          {t('queue.rowsPerPage')}
        </Typography>
        {/* A native select: a short list of numbers needs no menu, and MUI's Select would bring its
            Menu, Popover and Modal into the queue's first screen. */}
        <Box
          component="select"
          id={selectId}
          aria-labelledby={labelId}
          value={rowsPerPage}
          onChange={(event: ChangeEvent<HTMLSelectElement>) =>
            onRowsPerPageChange(Number(event.target.value))
          }
          sx={{
            font: 'inherit',
            color: 'inherit',
            bgcolor: 'transparent',
            border: 0,
            borderRadius: 1,
            flexShrink: 0,
            mr: 4,
            ml: 1,
            py: 0.5,
            pl: 1,
            cursor: 'pointer',
            '&:focus-visible': {
              bgcolor: 'action.focus',
              outline: '2px solid',
              outlineColor: 'primary.main',
            },
          }}
        >
          {rowsPerPageOptions.map((option) => (
            <option key={option} value={option}>
              {formatNumber(option)}
            </option>
          ))}
        </Box>
        <Typography component="p" variant="body2" sx={{ flexShrink: 0 }}>
          {t('queue.pageRange', {
            from: formatNumber(from),
            to: formatNumber(to),
            count: formatNumber(count),
          })}
        </Typography>
        <Box sx={{ flexShrink: 0, ml: 2.5, display: 'flex' }}>
          {pageButton('previous')}
          {pageButton('next')}
        </Box>
      </Toolbar>
    </Box>
  );
}
