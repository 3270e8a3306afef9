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
import { useI18n } from '@/i18n/i18n';

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
  return (
    <Box sx={{ width: 340, p: 2 }} role="region" aria-label={t('dev.title')}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" component="h2">
          {t('dev.title')}
        </Typography>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Stack>
      {state.isError ? <Alert severity="error">{describeError(state.error, t)}</Alert> : null}
      {state.data ? (
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('dev.serverTime', { time: formatDateTime(state.data.now) })}
          </Typography>
          <ControlsForm key={JSON.stringify(state.data)} state={state.data} />
        </>
      ) : null}
    </Box>
  );
}

function ControlsForm({ state }: { state: MockState }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [seed, setSeed] = useState(String(state.seed));
  const [pending, setPending] = useState(String(state.pendingCount));
  const [latency, setLatency] = useState(String(state.latencyMs));
  const [failureRate, setFailureRate] = useState(String(state.failureRate));
  const [ttl, setTtl] = useState(String(state.leaseTtlSeconds));
  const [advance, setAdvance] = useState('600');
  const [history, setHistory] = useState(String(state.historyDecisions));
  const [arrivals, setArrivals] = useState(String(state.arrivalsPerHour));
  const afterChange = (next: MockState) => {
    queryClient.setQueryData(mockKeys.state, next);
    void queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== 'mock',
    });
  };
  const action = useMutation({
    mutationFn: (run: () => Promise<MockState>) => run(),
    onSuccess: afterChange,
  });

  return (
    <Stack spacing={2}>
      {action.isError ? <Alert severity="error">{describeError(action.error, t)}</Alert> : null}
      {action.isSuccess ? <Alert severity="success">{t('dev.done')}</Alert> : null}
      <TextField
        label={t('dev.seed')}
        size="small"
        value={seed}
        onChange={(e) => setSeed(e.target.value)}
        inputMode="numeric"
      />
      <TextField
        label={t('dev.pendingCount')}
        size="small"
        value={pending}
        onChange={(e) => setPending(e.target.value)}
        inputMode="numeric"
      />
      <TextField
        label={t('dev.history')}
        size="small"
        value={history}
        onChange={(e) => setHistory(e.target.value)}
        inputMode="numeric"
      />
      <Button
        variant="outlined"
        onClick={() =>
          action.mutate(() =>
            resetMock({
              seed: Number(seed),
              pendingCount: Number(pending),
              historyDecisions: Number(history),
            }),
          )
        }
      >
        {t('dev.reset')}
      </Button>
      <TextField
        label={t('dev.latency')}
        size="small"
        value={latency}
        onChange={(e) => setLatency(e.target.value)}
        inputMode="numeric"
      />
      <TextField
        label={t('dev.failureRate')}
        size="small"
        value={failureRate}
        onChange={(e) => setFailureRate(e.target.value)}
        inputMode="decimal"
      />
      <TextField
        label={t('dev.leaseTtl')}
        size="small"
        value={ttl}
        onChange={(e) => setTtl(e.target.value)}
        inputMode="numeric"
      />
      <TextField
        label={t('dev.arrivals')}
        size="small"
        value={arrivals}
        onChange={(e) => setArrivals(e.target.value)}
        inputMode="decimal"
      />
      <Button
        variant="outlined"
        onClick={() =>
          action.mutate(() =>
            updateMockSettings({
              latencyMs: Number(latency),
              failureRate: Number(failureRate),
              leaseTtlSeconds: Number(ttl),
              arrivalsPerHour: Number(arrivals),
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
        <Button variant="outlined" onClick={() => action.mutate(() => advanceMockClock(Number(advance)))}>
          {t('dev.advanceButton')}
        </Button>
      </Stack>
    </Stack>
  );
}
