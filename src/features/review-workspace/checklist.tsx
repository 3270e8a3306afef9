import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import type { CheckName, CheckResult, RejectionReason } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';
import type { MachineEvidence, MachineFinding } from './machine-evidence';
import { checkNames, type ReviewDraft } from './review-draft';
import { Tag } from '@/components/tag';

interface ChecklistProps {
  checks: ReviewDraft['checks'];
  disabled: boolean;
  onSet: (check: CheckName, result: CheckResult) => void;
  evidence: MachineEvidence;
  disputes: readonly CheckName[];
  onToggleDispute: (check: CheckName, reason: RejectionReason | null) => void;
  /** The check whose measured area is outlined on the photo, if any. */
  shownArea: CheckName | 'file' | null;
  onToggleArea: (check: CheckName | 'file') => void;
}

/** The four checks the reviewer confirms, each with its rule in one line and its shortcut key. */
export const Checklist = memo(function Checklist(props: ChecklistProps) {
  const { checks, disabled, onSet, evidence, disputes, onToggleDispute, shownArea, onToggleArea } = props;
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
                  {/* Shown, not read: the key is on the control it works (aria-keyshortcuts). */}
                  <Box component="kbd" sx={kbd} aria-hidden>
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
                  aria-keyshortcuts={String(index + 1)}
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
              <MachineLine
                check={check}
                finding={evidence.checks[check]}
                disputed={disputes.includes(check)}
                disabled={disabled}
                areaShown={shownArea === check}
                onToggleDispute={() => onToggleDispute(check, evidence.checks[check]?.reason ?? null)}
                onToggleArea={() => onToggleArea(check)}
              />
            </Box>
          );
        })}
      </Stack>
      <MachineStatus evidence={evidence} shownArea={shownArea} onToggleArea={onToggleArea} />
    </Paper>
  );
});

const verdictColour = { 'likely-pass': 'success', 'likely-fail': 'error', unsure: 'default' } as const;

interface MachineLineProps {
  check: CheckName | 'file';
  finding: MachineFinding | undefined;
  disputed: boolean;
  disabled: boolean;
  areaShown: boolean;
  onToggleDispute?: () => void;
  onToggleArea: () => void;
}

/** The machine's verdict beside a check, in plain words, with its area and a way to say it is wrong. */
function MachineLine({
  check,
  finding,
  disputed,
  disabled,
  areaShown,
  onToggleDispute,
  onToggleArea,
}: MachineLineProps) {
  const { t } = useI18n();
  if (!finding) return null;
  return (
    <Box sx={{ mt: 0.75 }} data-machine-check={check}>
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Tag
          variant="outlined"
          color={disputed ? 'default' : verdictColour[finding.verdict]}
          label={`${t('machine.title')}: ${t(`machine.verdict.${finding.verdict}`)}`}
          sx={disputed ? { textDecoration: 'line-through' } : undefined}
        />
        {finding.areas.length > 0 ? (
          <Button size="small" onClick={onToggleArea} aria-pressed={areaShown} sx={{ minWidth: 0, px: 0.75 }}>
            {areaShown ? t('machine.hideArea') : t('machine.showArea')}
          </Button>
        ) : null}
        {onToggleDispute && finding.verdict !== 'unsure' ? (
          <Button
            size="small"
            onClick={onToggleDispute}
            aria-pressed={disputed}
            disabled={disabled}
            color={disputed ? 'warning' : 'inherit'}
            sx={{ minWidth: 0, px: 0.75 }}
          >
            {disputed ? t('machine.markedWrong') : t('machine.markWrong')}
          </Button>
        ) : null}
      </Stack>
      <Typography variant="body2" sx={{ mt: 0.25 }}>
        {finding.summary}
        {finding.heuristic ? ` (${t('machine.heuristic')})` : ''}
      </Typography>
      {finding.details.length > 1 ? (
        <Box component="ul" sx={{ m: 0, pl: 2.5, color: 'text.secondary', typography: 'body2' }}>
          {finding.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}

function MachineStatus({
  evidence,
  shownArea,
  onToggleArea,
}: {
  evidence: MachineEvidence;
  shownArea: CheckName | 'file' | null;
  onToggleArea: (check: CheckName | 'file') => void;
}) {
  const { t } = useI18n();
  const message =
    evidence.status === 'running'
      ? t('machine.running')
      : evidence.status === 'unavailable'
        ? t('machine.unavailable')
        : evidence.status === 'error'
          ? t('machine.failed')
          : t('machine.evidenceOnly');
  return (
    <Box sx={{ mt: 1.5, pt: 1, borderTop: 1, borderColor: 'divider' }}>
      {evidence.file ? (
        <Box sx={{ mb: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {t('machine.file')}
          </Typography>
          <MachineLine
            check="file"
            finding={evidence.file}
            disputed={false}
            disabled
            areaShown={shownArea === 'file'}
            onToggleArea={() => onToggleArea('file')}
          />
        </Box>
      ) : null}
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
        {message}
      </Typography>
    </Box>
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
