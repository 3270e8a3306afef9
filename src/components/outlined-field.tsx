import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import type { SxProps, Theme } from '@mui/material/styles';
import { useId, type ReactNode } from 'react';

interface OutlinedFieldProps extends Omit<OutlinedInputProps, 'label' | 'size' | 'sx'> {
  label: ReactNode;
  /** The label sits above the field even when it is empty (dates, selects showing "all"). */
  shrink?: boolean;
  sx?: SxProps<Theme>;
}

/**
 * A small outlined text field: what MUI's TextField draws for `size="small"`, without TextField
 * itself, which imports MUI's whole Select, Menu and Modal stack and every input variant. Pages in
 * the reviewers' first screens use this one (docs/decisions/008-first-screen-budget.md).
 */
export function OutlinedField({ label, shrink, sx, id, ...input }: OutlinedFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FormControl size="small" sx={sx}>
      <InputLabel htmlFor={inputId} shrink={shrink}>
        {label}
      </InputLabel>
      <OutlinedInput id={inputId} label={label} notched={shrink} {...input} />
    </FormControl>
  );
}
