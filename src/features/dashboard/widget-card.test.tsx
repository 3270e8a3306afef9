import { screen } from '@testing-library/react';
import type { UseQueryResult } from '@tanstack/react-query';
import { renderPage } from '@/testing/render';
import { WidgetCard } from './widget-card';

/** Only the fields WidgetCard reads. */
function queryState(state: Record<string, unknown>): UseQueryResult<number> {
  return {
    isPending: false,
    isError: false,
    isPlaceholderData: false,
    data: undefined,
    error: null,
    dataUpdatedAt: Date.parse('2026-11-26T08:00:00Z'),
    refetch: () => Promise.resolve(),
    ...state,
  } as unknown as UseQueryResult<number>;
}

const card = (query: UseQueryResult<number>) => (
  <WidgetCard id="probe" title="Probe" query={query}>
    {(value) => <p>Figure {value}</p>}
  </WidgetCard>
);

describe('a dashboard widget', () => {
  it('keeps its last figures when a refresh fails, and says so', () => {
    renderPage(card(queryState({ data: 7, isError: true, error: new Error('down') })));
    expect(screen.getByText('Figure 7')).toBeInTheDocument();
    expect(screen.getByText(/^Refresh failed; showing figures from /)).toBeInTheDocument();
  });

  it('shows the previous range’s figures dimmed and busy while the new ones load', () => {
    renderPage(card(queryState({ data: 7, isPlaceholderData: true })));
    const figure = screen.getByText('Figure 7');
    expect(figure.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
  });

  it('never passes another range’s figures off as these when the new ones fail', () => {
    renderPage(
      card(queryState({ data: 7, isPlaceholderData: true, isError: true, error: new Error('down') })),
    );
    expect(screen.queryByText('Figure 7')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
