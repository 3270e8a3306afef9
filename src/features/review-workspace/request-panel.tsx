import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { memo, useState } from 'react';
import { requestHistoryQuery } from '@/api/endpoints/decisions';
import type { Region, RequestDetail } from '@/api/generated/zod';
import { formatAge } from '@/components/format';
import { StatusChip } from '@/components/status-chip';
import { useI18n } from '@/i18n/i18n';
import { formatCountdown } from '@/lib/time';
import { IdNumber } from './id-number';
import { Tag } from '@/components/tag';

interface RequestPanelProps {
  request: RequestDetail;
  region: Region | undefined;
  now: number;
  leaseWarningMs: number;
  showHistory: boolean;
  /** The caller holds the request, and so may show the full ID number (with a reason). */
  canRevealId: boolean;
}

/** Who and what this request is: minimal personal data, masked identifiers, the lease and the past. */
export const RequestPanel = memo(function RequestPanel({
  request,
  region,
  now,
  leaseWarningMs,
  showHistory,
  canRevealId,
}: RequestPanelProps) {
  const { t, tIsolated, locale, formatDateTime } = useI18n();
  const left = request.claim ? Date.parse(request.claim.expiresAt) - now : 0;
  const lastRejected = request.previousRequests.find((p) => p.status === 'rejected');
  const resubmission = request.previousRequests[0]?.status === 'rejected';

  return (
    <Stack spacing={2}>
      <Paper variant="outlined" component="section" aria-labelledby="request-facts" sx={{ p: 2 }}>
        <Typography id="request-facts" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {t('review.applicant')}
        </Typography>
        <Box
          component="dl"
          sx={{
            m: 0,
            display: 'grid',
            gridTemplateColumns: 'auto 1fr',
            columnGap: 2,
            rowGap: 0.75,
            '& dt': { color: 'text.secondary' },
            '& dd': { m: 0, minWidth: 0, overflowWrap: 'anywhere' },
          }}
        >
          <dt>{t('review.name')}</dt>
          <dd>
            <bdi>{request.applicant.name}</bdi>
          </dd>
          <dt>{t('review.idNumber')}</dt>
          <dd>
            <IdNumber
              requestId={request.id}
              number={request.number}
              masked={request.applicant.idNumberMasked}
              canReveal={canRevealId}
            />
          </dd>
          <dt>{t('review.cardNumber')}</dt>
          <dd style={{ fontFamily: 'monospace' }}>{request.applicant.cardNumberMasked}</dd>
          <dt>{t('review.region')}</dt>
          <dd>{region?.name[locale] ?? request.region}</dd>
          <dt>{t('review.channel')}</dt>
          <dd>{t(`channel.${request.channel}`)}</dd>
          <dt>{t('review.submitted')}</dt>
          <dd>{formatDateTime(request.submittedAt)}</dd>
          <dt>{t('review.age')}</dt>
          <dd>{formatAge(now - Date.parse(request.submittedAt), t)}</dd>
          {request.claim ? (
            <>
              <dt>{t('review.lease')}</dt>
              <dd>
                <bdi>{request.claim.holder.displayName}</bdi>{' '}
                {left > 0 ? (
                  <Tag
                    color={left < leaseWarningMs ? 'warning' : 'default'}
                    label={t('review.leaseLeft', { time: formatCountdown(left) })}
                  />
                ) : null}
              </dd>
            </>
          ) : null}
        </Box>
      </Paper>

      <Paper variant="outlined" component="section" aria-labelledby="previous-title" sx={{ p: 2 }}>
        <Typography id="previous-title" variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {t('previous.title')}
        </Typography>
        {resubmission && lastRejected ? (
          <Alert severity="warning" role="note" sx={{ mb: 1 }}>
            {t('previous.resubmission')}
          </Alert>
        ) : null}
        {request.previousRequests.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('previous.none')}
          </Typography>
        ) : (
          <List dense disablePadding>
            {request.previousRequests.map((previous) => (
              <ListItem key={previous.id} disableGutters divider sx={{ display: 'block' }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                    {previous.number}
                  </Typography>
                  <StatusChip status={previous.status} />
                </Stack>
                <ListItemText
                  secondary={formatDateTime(previous.decidedAt ?? previous.submittedAt)}
                  slotProps={{ secondary: { variant: 'caption' } }}
                />
                {previous.reasonCodes.length > 0 ? (
                  <Typography variant="body2">
                    {t('previous.reasons', {
                      reasons: previous.reasonCodes.map((r) => t(`reason.${r}`)).join('；'),
                    })}
                  </Typography>
                ) : null}
                {previous.note ? (
                  // Plain text: React escapes it; never rendered as HTML.
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                    {tIsolated('previous.note', { note: previous.note })}
                  </Typography>
                ) : null}
              </ListItem>
            ))}
          </List>
        )}
      </Paper>

      {showHistory ? <HistoryPanel requestId={request.id} /> : null}
    </Stack>
  );
});

function HistoryPanel({ requestId }: { requestId: string }) {
  const { t, formatDateTime } = useI18n();
  const history = useQuery(requestHistoryQuery(requestId));
  const [expanded, setExpanded] = useState(false);
  return (
    // A disclosure as MUI's Accordion drew it (a heading holding a button that expands a region), without
    // its Collapse transition: the same names and keys, and about 4 kB less on the first screen.
    <Paper variant="outlined">
      {/* One heading holding the button (the panel's other sections are h2s too), as the ARIA
          disclosure pattern and MUI's AccordionSummary have it: no heading inside the button. */}
      <Box component="h2" sx={{ m: 0 }}>
        <ButtonBase
          id="history-header"
          aria-controls="history-content"
          aria-expanded={expanded}
          onClick={() => setExpanded((open) => !open)}
          disableRipple
          sx={{
            display: 'flex',
            width: '100%',
            minHeight: 48,
            px: 2,
            justifyContent: 'flex-start',
            textAlign: 'start',
            '&.Mui-focusVisible': { bgcolor: 'action.focus' },
          }}
        >
          <Typography component="span" variant="subtitle1" sx={{ flexGrow: 1, my: 1.5, fontWeight: 600 }}>
            {t('history.title')}
          </Typography>
        </ButtonBase>
      </Box>
      <Box
        role="region"
        id="history-content"
        aria-labelledby="history-header"
        hidden={!expanded}
        sx={{ pt: 1, px: 2, pb: 2 }}
      >
        {history.isError && !history.data ? <Alert severity="error">{t('error.title')}</Alert> : null}
        {history.data && history.data.length === 0 ? (
          <Typography variant="body2">{t('history.none')}</Typography>
        ) : null}
        <List dense disablePadding aria-label={t('history.title')}>
          {history.data?.map((entry) => (
            <ListItem key={entry.id} disableGutters>
              <ListItemText
                primary={
                  <>
                    {t(`history.action.${entry.action}`)} ·{' '}
                    <bdi>{entry.actor?.displayName ?? t('history.system')}</bdi>
                  </>
                }
                secondary={
                  <>
                    {formatDateTime(entry.at)}
                    {entry.detail ? (
                      <>
                        {' · '}
                        <bdi>{entry.detail}</bdi>
                      </>
                    ) : null}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      </Box>
    </Paper>
  );
}
