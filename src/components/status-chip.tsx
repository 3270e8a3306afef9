import type { RequestStatus } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';
import { Tag } from './tag';

const colours: Record<RequestStatus, 'default' | 'info' | 'success' | 'error'> = {
  pending: 'default',
  in_review: 'info',
  approved: 'success',
  rejected: 'error',
};

export function StatusChip({ status }: { status: RequestStatus }) {
  const { t } = useI18n();
  return <Tag variant="outlined" color={colours[status]} label={t(`status.${status}`)} />;
}
