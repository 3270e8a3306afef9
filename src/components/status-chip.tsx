import type { RequestStatus } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';
import { Tag } from './tag';

export const statusColours: Record<RequestStatus, 'default' | 'info' | 'success' | 'error'> = {
  pending: 'default',
  in_review: 'info',
  approved: 'success',
  rejected: 'error',
};

export function StatusChip({ status }: { status: RequestStatus }) {
  const { t } = useI18n();
  return <Tag variant="outlined" color={statusColours[status]} label={t(`status.${status}`)} />;
}
