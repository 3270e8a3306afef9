import Box from '@mui/material/Box';
import { alpha, type SxProps, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

export type TagColour = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'error';

interface TagProps {
  label: ReactNode;
  color?: TagColour;
  variant?: 'filled' | 'outlined';
  title?: string;
  'aria-hidden'?: boolean;
  sx?: SxProps<Theme>;
}

/**
 * A small label drawn as MUI's small Chip (same size, colours and outline) without the Chip's
 * button, delete and avatar machinery (about 2.5 kB gzipped on every first screen): the console's
 * chips only show text (docs/decisions/011-lighter-first-screens.md). A chip that does something (the
 * queue's removable filters) stays a MUI Chip.
 */
export function Tag({ label, color = 'default', variant = 'filled', title, sx, ...aria }: TagProps) {
  const outlined = variant === 'outlined';
  return (
    <Box
      title={title}
      aria-hidden={aria['aria-hidden']}
      sx={[
        (theme) => {
          const palette = color === 'default' ? null : theme.palette[color];
          return {
            maxWidth: '100%',
            fontFamily: theme.typography.fontFamily,
            fontSize: theme.typography.pxToRem(13),
            display: 'inline-flex',
            alignItems: 'center',
            justifyContent: 'center',
            height: 24,
            lineHeight: 1.5,
            borderRadius: '16px',
            padding: 0,
            whiteSpace: 'nowrap',
            verticalAlign: 'middle',
            boxSizing: 'border-box',
            ...(outlined
              ? {
                  backgroundColor: 'transparent',
                  color: palette ? palette.main : theme.palette.text.primary,
                  border: `1px solid ${palette ? alpha(palette.main, 0.7) : theme.palette.grey[400]}`,
                }
              : {
                  border: 0,
                  backgroundColor: palette ? palette.main : theme.palette.action.selected,
                  color: palette ? palette.contrastText : theme.palette.text.primary,
                }),
          };
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      <Box
        component="span"
        sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', px: outlined ? '7px' : 1 }}
      >
        {label}
      </Box>
    </Box>
  );
}
