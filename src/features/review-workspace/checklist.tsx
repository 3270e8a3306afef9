import { Box, Paper, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import type { CheckName, CheckResult } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';
import { checkNames, type ReviewDraft } from './review-draft';

interface ChecklistProps {
  checks: ReviewDraft['checks'];
  disabled: boolean;
  onSet: (check: CheckName, result: CheckResult) => void;
}

/** The four checks the reviewer confirms, each with its rule in one line and its shortcut key. */
export function Checklist({ checks, disabled, onSet }: ChecklistProps) {
  const { t } = useI18n();
  const passed = checkNames.filter((c) => checks[c] === 'pass').length;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="checklist-title" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', mb: 1 }}>
        <Typography id="checklist-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {t('checks.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" aria-live="polite">
          {t('checks.summary', { passed })}
        </Typography>
      </Stack>
      <Stack spacing={1.5} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {checkNames.map((check, index) => {
          const result = checks[check];
          const labelId = `check-${check}-label`;
          const hintId = `check-${check}-hint`;
          return (
            <Box
              component="li"
              key={check}
              sx={{
                borderLeft: 4,
                pl: 1.5,
                borderColor:
                  result === 'pass' ? 'success.main' : result === 'fail' ? 'error.main' : 'divider',
              }}
            >
              <Stack
                direction="row"
                spacing={1}
                sx={{ alignItems: 'center', justifyContent: 'space-between' }}
              >
                <Typography component="h3" variant="body1" sx={{ fontWeight: 600 }}>
                  <Box component="kbd" sx={kbd} aria-label={t('checks.key', { key: index + 1 })}>
                    {index + 1}
                  </Box>{' '}
                  <span id={labelId}>{t(`checks.${check}`)}</span>
                </Typography>
                <ToggleButtonGroup
                  size="small"
                  exclusive
                  value={result}
                  disabled={disabled}
                  onChange={(_event, value: CheckResult | null) => {
                    if (value) onSet(check, value);
                  }}
                  aria-labelledby={labelId}
                  aria-describedby={hintId}
                >
                  <ToggleButton value="pass" color="success" sx={toggleText}>
                    {t('checks.pass')}
                  </ToggleButton>
                  <ToggleButton value="fail" color="error" sx={toggleText}>
                    {t('checks.fail')}
                  </ToggleButton>
                </ToggleButtonGroup>
              </Stack>
              <Typography id={hintId} variant="body2" color="text.secondary">
                {t(`checks.hint.${check}`)}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    </Paper>
  );
}

// MUI's unselected toggle text is too faint for 4.5:1 contrast; the selected state keeps its colour.
const toggleText = { '&:not(.Mui-selected):not(.Mui-disabled)': { color: 'text.primary' } } as const;

export const kbd = {
  display: 'inline-block',
  minWidth: '1.6em',
  px: 0.5,
  border: 1,
  borderColor: 'grey.400',
  borderRadius: 1,
  bgcolor: 'grey.50',
  fontFamily: 'monospace',
  fontSize: '0.85em',
  textAlign: 'center',
  lineHeight: 1.5,
} as const;
