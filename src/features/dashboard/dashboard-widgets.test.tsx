import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MetricsSummary } from '@/api/generated/zod';
import { setupMockServer, signInAs } from '@/testing/mock-server';
import { renderPage } from '@/testing/render';
import { ReasonsChart } from './charts';
import { DashboardPage } from './dashboard-page';
import { SummaryFigures } from './summary-widget';

const summary: MetricsSummary = {
  pendingNow: 1234,
  oldestPendingAgeSeconds: 3600,
  decidedToday: 57,
  decidedInRange: 4321,
  approvedInRange: 4000,
  rejectedInRange: 321,
  approvalRate: 4000 / 4321,
  medianHandlingSeconds: 95,
  pastServiceTarget: 0,
  serviceTargetHours: 48,
  reviewersActiveNow: 3,
  generatedAt: '2026-11-26T02:00:00.000Z',
};

/** The figure a term of the headline list stands for. */
const figure = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('the headline figures', () => {
  it('show today’s decisions, and the range’s beside them when the range is not today', () => {
    const { unmount } = renderPage(<SummaryFigures summary={summary} isToday={false} />);
    expect(figure('Decided today')).toBe('57');
    expect(figure('Decided in range')).toBe('4,321');
    expect(screen.getAllByRole('definition')).toHaveLength(8);
    unmount();
    renderPage(<SummaryFigures summary={summary} isToday />);
    expect(figure('Decided today')).toBe('57');
    expect(screen.queryByText('Decided in range')).not.toBeInTheDocument();
    expect(screen.getAllByRole('definition')).toHaveLength(7);
  });
});

describe('the rejection reasons', () => {
  it('each reason is a link to its decisions, with its count, reachable by keyboard', async () => {
    const user = userEvent.setup();
    renderPage(
      <ReasonsChart
        items={[
          { reason: 'background', count: 1200 },
          { reason: 'eyes', count: 3 },
        ]}
        reasonPath={(reason) => `/decisions?reason=${reason}`}
      />,
      { path: '/dashboard', routes: [{ path: '/decisions', element: <p>decisions list</p> }] },
    );
    const table = screen.getByRole('table', { name: 'Rejection reasons' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'ReasonRejections',
      'Background not white/blue or not plain1,200',
      'Eyes closed or covered3',
    ]);
    const link = screen.getByRole('link', { name: 'Decisions rejected for: Eyes closed or covered' });
    expect(link).toHaveAttribute('href', '/decisions?reason=eyes');
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('decisions list')).toBeInTheDocument();
  });
});

describe('a custom range that cannot be used', () => {
  setupMockServer({ pendingCount: 5 });

  it('says why, keeps the dates typed and shows today meanwhile', async () => {
    await signInAs('supervisor1');
    renderPage(<DashboardPage decisionsPath={() => '/decisions'} />, {
      path: '/dashboard?range=custom&from=2026-11-05&to=2026-11-01',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The start date is after the end date. Until you correct it, the figures are for today.',
    );
    expect(screen.getByLabelText('From')).toHaveValue('2026-11-05');
    expect(screen.getByLabelText('To')).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription(
      'The start date is after the end date. Until you correct it, the figures are for today.',
    );
  });

  it('a date not chosen yet is a hint, not an error, in Chinese as well', async () => {
    await signInAs('supervisor1');
    renderPage(<DashboardPage decisionsPath={() => '/decisions'} />, {
      path: '/dashboard?range=custom&from=2026-11-05',
      locale: 'zh-CN',
    });
    const hint = (await screen.findAllByRole('status')).find((el) =>
      el.textContent?.includes('请同时选择开始日期和结束日期'),
    );
    expect(hint).toHaveTextContent('请同时选择开始日期和结束日期。在此之前显示的是今天的数据。');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('开始日期')).toHaveValue('2026-11-05');
    expect(screen.getByLabelText('结束日期')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByLabelText('结束日期')).toHaveAccessibleDescription(
      '请同时选择开始日期和结束日期。在此之前显示的是今天的数据。',
    );
  });
});
