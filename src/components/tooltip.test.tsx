import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from './tooltip';

describe('Tooltip', () => {
  it('names a child that has no label of its own, as MUI did', () => {
    render(
      <Tooltip title="Zoom in">
        <button type="button">+</button>
      </Tooltip>,
    );
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('keeps the child’s own label and describes it with the shown text', async () => {
    const user = userEvent.setup();
    render(
      <Tooltip title="Needs all four checks">
        <button type="button" aria-label="Approve">
          A
        </button>
      </Tooltip>,
    );
    const button = screen.getByRole('button', { name: 'Approve' });
    await user.hover(button);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Needs all four checks');
    expect(button).toHaveAccessibleDescription('Needs all four checks');
    await user.unhover(button);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('shows on keyboard focus and is dismissed with Escape', async () => {
    const user = userEvent.setup();
    render(
      <Tooltip title="Fit">
        <button type="button">[]</button>
      </Tooltip>,
    );
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Fit');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fit' })).toHaveFocus();
  });

  it('shows nothing for an empty title', async () => {
    const user = userEvent.setup();
    render(
      <Tooltip title="">
        <button type="button">Approve</button>
      </Tooltip>,
    );
    await user.hover(screen.getByRole('button', { name: 'Approve' }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
