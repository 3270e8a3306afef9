import { alpha, lighten, styled, type Theme } from '@mui/material/styles';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Region, RequestSummary, User } from '@/api/generated/zod';
import { formatAge } from '@/components/format';
import { statusColours } from '@/components/status-chip';
import { tagLabelStyle, tagStyle, type TagColour } from '@/components/tag';
import { useI18n } from '@/i18n/i18n';

/**
 * The queue's rows, drawn as plain table elements styled by one rule set on the table body, not as
 * MUI TableRow/TableCell/Button/Chip components: a page is up to a hundred rows of a dozen elements,
 * and each MUI component serialises and hashes its styles on every render. One style rule for the
 * body is serialised once per render (docs/decisions/014-queue-first-page.md). They look like the
 * small MUI table, buttons and chips around them, from the same theme.
 */
export const QueueBody = styled('tbody')(({ theme }) => rowStyles(theme));

interface QueueRowsProps {
  rows: RequestSummary[];
  regions: Region[];
  user: User;
  /** The server's clock now, for the ages. */
  now: number;
  onClaim: (requestId: string) => void;
  claimingId: string | undefined;
  reviewPath: (requestId: string) => string;
}

export const QueueRows = memo(function QueueRows(props: QueueRowsProps) {
  const { rows, regions, user, now, onClaim, claimingId, reviewPath } = props;
  const { t, locale, formatDateTime } = useI18n();
  const regionName = (code: string) => regions.find((r) => r.code === code)?.name[locale] ?? code;
  return rows.map((row) => {
    const mine = row.claim?.holder.id === user.id;
    const claimable = row.status === 'pending' && user.role === 'reviewer';
    const open = mine || (!claimable && user.role === 'supervisor');
    return (
      <tr key={row.id} className="row">
        <td className="number">{row.number}</td>
        <td>{regionName(row.region)}</td>
        <td>{t(`channel.${row.channel}`)}</td>
        <td>{formatDateTime(row.submittedAt)}</td>
        <td>{formatAge(now - Date.parse(row.submittedAt), t)}</td>
        <td>
          <span className="tags">
            <Tag colour={statusColours[row.status]} outlined label={t(`status.${row.status}`)} />
            {row.reReview ? <Tag {...reReviewTag} label={t('rereview.chip')} /> : null}
          </span>
        </td>
        <td>{row.claim ? <bdi>{row.claim.holder.displayName}</bdi> : '—'}</td>
        <td className="actions">
          {open ? (
            <RouterLink
              className="action"
              to={reviewPath(row.id)}
              aria-label={t('queue.openRow', { number: row.number })}
            >
              {t('queue.open')}
            </RouterLink>
          ) : claimable ? (
            <button
              type="button"
              className="action outlined"
              disabled={claimingId === row.id}
              onClick={() => onClaim(row.id)}
              aria-label={t('queue.claimRow', { number: row.number })}
            >
              {t('queue.claim')}
            </button>
          ) : null}
        </td>
      </tr>
    );
  });
});

function Tag({ colour, outlined = false, label }: { colour: TagColour; outlined?: boolean; label: string }) {
  return (
    <span className={`tag ${outlined ? 'outlined' : 'filled'}-${colour}`}>
      <span>{label}</span>
    </span>
  );
}

/** The re-review mark: a filled warning tag beside the status. */
const reReviewTag = { colour: 'warning', outlined: false } as const;
/** The only tags rows show: each status's outlined tag, and the re-review mark. */
const rowTags: ReadonlyArray<{ colour: TagColour; outlined: boolean }> = [
  ...[...new Set(Object.values(statusColours))].map((colour) => ({ colour, outlined: true })),
  reReviewTag,
];

/** MUI's small table cell, hover row, small text and outlined buttons and small chips, as one rule set. */
function rowStyles(theme: Theme) {
  const primary = theme.palette.primary.main;
  const tags: Record<string, object> = {};
  for (const { colour, outlined } of rowTags) {
    tags[`& .tag.${outlined ? 'outlined' : 'filled'}-${colour}`] = tagStyle(theme, colour, outlined);
  }
  return {
    '& tr.row:hover': { backgroundColor: theme.palette.action.hover },
    '& td': {
      ...theme.typography.body2,
      display: 'table-cell',
      verticalAlign: 'inherit',
      textAlign: 'left',
      padding: '6px 16px',
      borderBottom: `1px solid ${lighten(alpha(theme.palette.divider, 1), 0.88)}`,
      color: theme.palette.text.primary,
    },
    '& td.number': { fontFamily: 'monospace' },
    '& td.actions': { textAlign: 'right' },
    '& .tags': { display: 'flex', gap: theme.spacing(0.5) },
    ...tags,
    '& .tag[class*="outlined-"] > span': tagLabelStyle(true),
    '& .tag[class*="filled-"] > span': tagLabelStyle(false),
    '& .action': {
      ...theme.typography.button,
      fontSize: theme.typography.pxToRem(13),
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      boxSizing: 'border-box',
      minWidth: 64,
      padding: '4px 5px',
      margin: 0,
      border: 0,
      borderRadius: theme.shape.borderRadius,
      backgroundColor: 'transparent',
      color: primary,
      textDecoration: 'none',
      cursor: 'pointer',
      verticalAlign: 'middle',
      '&:hover': { backgroundColor: alpha(primary, theme.palette.action.hoverOpacity) },
      // The theme's focus ring for keyboard users (MuiButtonBase's, in theme.ts).
      '&:focus-visible': { outline: `3px solid ${primary}`, outlineOffset: 2 },
      '&:disabled': { color: theme.palette.action.disabled, cursor: 'default' },
    },
    '& .action.outlined': {
      padding: '3px 9px',
      border: `1px solid ${alpha(primary, 0.5)}`,
      '&:hover': { borderColor: primary },
      '&:disabled': { borderColor: theme.palette.action.disabledBackground },
    },
  };
}
