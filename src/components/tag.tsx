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

/** The tag's box, for a theme: the Tag below, and rows drawn without components (queue-rows.tsx). */
export function tagStyle(theme: Theme, color: TagColour, outlined: boolean) {
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
  } as const;
}

/** The tag's label, inside the box (plain CSS values: the same in `sx` and in a style sheet). */
export const tagLabelStyle = (outlined: boolean) => {
  const inline = outlined ? '7px' : '8px';
  return {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    paddingLeft: inline,
    paddingRight: inline,
  } as const;
};

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
      sx={[(theme) => tagStyle(theme, color, outlined), ...(Array.isArray(sx) ? sx : [sx])]}
    >
      <Box component="span" sx={tagLabelStyle(outlined)}>
        {label}
      </Box>
    </Box>
  );
}
