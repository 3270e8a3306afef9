import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import Box from '@mui/material/Box';

export interface FilterSelectProps {
  label: string;
  /** What the closed field shows: the chosen options' names, or "all". */
  summary: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: readonly string[];
  onChange: (value: string[]) => void;
  minWidth: number;
}

/**
 * A multiple-choice filter (MUI's select with a menu). Fetched on demand, just after the queue is on
 * screen: the menu's code (Select, Menu, Popover, Modal) is the largest part of the queue's first
 * screen and is needed only once the reviewer opens a filter (see queue-filters.tsx).
 */
export function FilterSelect({ label, summary, options, value, onChange, minWidth }: FilterSelectProps) {
  return (
    <TextField
      select
      label={label}
      size="small"
      sx={{ minWidth }}
      value={value}
      onChange={(event) => {
        const next = event.target.value as unknown as string[] | string;
        onChange(typeof next === 'string' ? next.split(',') : next);
      }}
      slotProps={{
        select: { multiple: true, displayEmpty: true, renderValue: () => summary },
        inputLabel: { shrink: true },
      }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          <Ticked checked={value.includes(option.value)} />
          <ListItemText primary={option.label} />
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * The tick in a multiple-choice menu item. Drawn, not a checkbox control: the menu item itself is the
 * option (its aria-selected says whether it is chosen).
 */
function Ticked({ checked }: { checked: boolean }) {
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', p: '5px', mr: 1, color: checked ? 'primary.main' : 'action.active' }}
    >
      {checked ? <CheckBoxIcon fontSize="small" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
    </Box>
  );
}
