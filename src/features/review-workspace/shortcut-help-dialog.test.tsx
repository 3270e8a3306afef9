import { screen, within } from '@testing-library/react';
import { renderPage } from '@/testing/render';
import { ShortcutHelpDialog } from './shortcut-help-dialog';

describe('the shortcut help dialog', () => {
  it('lists every workspace key, the arrow keys for panning among them', () => {
    renderPage(<ShortcutHelpDialog open onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog).getAllByRole('row');
    const row = (action: string) => rows.find((r) => within(r).queryByText(action) !== null);
    expect(row('Move a zoomed photo (with the photos focused; Shift for bigger steps)')).toHaveTextContent(
      '← ↑ → ↓',
    );
    expect(row('Next compare mode')).toHaveTextContent('M');
    expect(row('Zoom in')).toHaveTextContent('+');
    expect(row('Zoom out')).toHaveTextContent('-');
    expect(row('Fit to view')).toHaveTextContent('0');
    expect(row('Actual size (1:1), to judge sharpness')).toHaveTextContent('Z');
  });

  it('speaks Chinese too', () => {
    renderPage(<ShortcutHelpDialog open onClose={() => undefined} />, { locale: 'zh-CN' });
    expect(screen.getByRole('row', { name: /← ↑ → ↓ 移动放大后的照片/ })).toBeInTheDocument();
  });
});
