import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { MetricsMachineAgreement } from '@/api/generated/zod';
import { useI18n } from '@/i18n/i18n';

/** How often reviewers agreed with the automatic pre-checks, per check: where the machine can be trusted. */
export function AgreementTable({ data }: { data: MetricsMachineAgreement }) {
  const { t, formatNumber } = useI18n();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('dashboard.agreement')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('dashboard.check')}</TableCell>
            <TableCell align="right">{t('dashboard.compared')}</TableCell>
            <TableCell align="right">{t('dashboard.agreementRate')}</TableCell>
            <TableCell align="right">{t('dashboard.disputed')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.items.map((item) => (
            <TableRow key={item.check}>
              <TableCell>{t(`checks.${item.check}`)}</TableCell>
              <TableCell align="right">{formatNumber(item.compared)}</TableCell>
              <TableCell align="right">
                {item.compared === 0
                  ? t('dashboard.none')
                  : formatNumber(item.agreed / item.compared, { style: 'percent', maximumFractionDigits: 1 })}
              </TableCell>
              <TableCell align="right">{formatNumber(item.disputed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
