import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import Fab from '@mui/material/Fab';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  advanceMockClock,
  mockKeys,
  mockStateQuery,
  resetMock,
  updateMockSettings,
} from '@/api/endpoints/mock-controls';
import type { MockState } from '@/api/generated/zod';
import { describeError } from '@/components/describe-error';
import { useI18n, type MessageKey } from '@/i18n/i18n';

/**
 * Development and demo controls for the mock backend (seed, latency, failures, leases, clock).
 * Only bundled in development and browser-mock builds.
 */
export function MockPanel() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Fab
        size="small"
        color="secondary"
        aria-label={t('dev.open')}
        title={t('dev.open')}
        onClick={() => setOpen(true)}
        sx={{ position: 'fixed', right: 16, bottom: 16, zIndex: 1300 }}
      >
        ⚙
      </Fab>
      <Drawer anchor="right" open={open} onClose={() => setOpen(false)}>
        {open ? <MockControls onClose={() => setOpen(false)} /> : null}
      </Drawer>
    </>
  );
}

function MockControls({ onClose }: { onClose: () => void }) {
  const { t, formatDateTime } = useI18n();
  const state = useQuery(mockStateQuery());
  const queryClient = useQueryClient();
  // Here, not in the form: the form is rebuilt from each new state, and the outcome must outlive it.
  const action = useMutation({
    mutationFn: (run: () => Promise<MockState>) => run(),
    onSuccess: (next: MockState) => {
      queryClient.setQueryData(mockKeys.state, next);
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== 'mock',
      });
    },
  });
  return (
    <Box sx={{ width: 340, p: 2 }} role="region" aria-label={t('dev.title')}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" component="h2">
          {t('dev.title')}
        </Typography>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Stack>
      {state.isError ? <Alert severity="error">{describeError(state.error, t)}</Alert> : null}
      {action.isError ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {describeError(action.error, t)}
        </Alert>
      ) : null}
      {action.isSuccess ? (
        <Alert severity="success" sx={{ mb: 2 }}>
          {t('dev.done')}
        </Alert>
      ) : null}
      {state.data ? (
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('dev.serverTime', { time: formatDateTime(state.data.now) })}
          </Typography>
          <ControlsForm key={JSON.stringify(state.data)} state={state.data} run={action.mutate} />
        </>
      ) : null}
    </Box>
  );
}

type ControlName =
  | 'seed'
  | 'pendingCount'
  | 'historyDecisions'
  | 'latencyMs'
  | 'latencyJitterMs'
  | 'failureRate'
  | 'dropRate'
  | 'leaseTtlSeconds'
  | 'arrivalsPerHour';

const worldFields: ReadonlyArray<[ControlName, MessageKey]> = [
  ['seed', 'dev.seed'],
  ['pendingCount', 'dev.pendingCount'],
  ['historyDecisions', 'dev.history'],
];
const settingFields: ReadonlyArray<[ControlName, MessageKey]> = [
  ['latencyMs', 'dev.latency'],
  ['latencyJitterMs', 'dev.latencyJitter'],
  ['failureRate', 'dev.failureRate'],
  ['dropRate', 'dev.dropRate'],
  ['leaseTtlSeconds', 'dev.leaseTtl'],
  ['arrivalsPerHour', 'dev.arrivals'],
];

function ControlsForm({ state, run }: { state: MockState; run: (change: () => Promise<MockState>) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<ControlName, string>>(() => ({
    seed: String(state.seed),
    pendingCount: String(state.pendingCount),
    historyDecisions: String(state.historyDecisions),
    latencyMs: String(state.latencyMs),
    latencyJitterMs: String(state.latencyJitterMs),
    failureRate: String(state.failureRate),
    dropRate: String(state.dropRate),
    leaseTtlSeconds: String(state.leaseTtlSeconds),
    arrivalsPerHour: String(state.arrivalsPerHour),
  }));
  const number = (name: ControlName) => Number(values[name]);
  const [advance, setAdvance] = useState('600');
  const field = ([name, label]: [ControlName, MessageKey]) => (
    <TextField
      key={name}
      label={t(label)}
      size="small"
      value={values[name]}
      onChange={(e) => setValues((current) => ({ ...current, [name]: e.target.value }))}
      inputMode={name.endsWith('Rate') || name === 'arrivalsPerHour' ? 'decimal' : 'numeric'}
    />
  );

  return (
    <Stack spacing={2}>
      {worldFields.map(field)}
      <Button
        variant="outlined"
        onClick={() =>
          run(() =>
            resetMock({
              seed: number('seed'),
              pendingCount: number('pendingCount'),
              historyDecisions: number('historyDecisions'),
              keepSessions: true,
            }),
          )
        }
      >
        {t('dev.reset')}
      </Button>
      {settingFields.map(field)}
      <Button
        variant="outlined"
        onClick={() =>
          run(() =>
            updateMockSettings({
              latencyMs: number('latencyMs'),
              latencyJitterMs: number('latencyJitterMs'),
              failureRate: number('failureRate'),
              dropRate: number('dropRate'),
              leaseTtlSeconds: number('leaseTtlSeconds'),
              arrivalsPerHour: number('arrivalsPerHour'),
            }),
          )
        }
      >
        {t('dev.apply')}
      </Button>
      <Stack direction="row" spacing={1}>
        <TextField
          label={t('dev.advance')}
          size="small"
          value={advance}
          onChange={(e) => setAdvance(e.target.value)}
          inputMode="numeric"
        />
        <Button variant="outlined" onClick={() => run(() => advanceMockClock(Number(advance)))}>
          {t('dev.advanceButton')}
        </Button>
      </Stack>
    </Stack>
  );
}
