import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NavigationPendingContext } from '@/components/use-navigation-pending';
import { renderPage } from '@/testing/render';
import { QueueFilters } from './queue-filters';
import { defaultView } from './queue-search-params';

describe('the queue filters', () => {
  it('hold a search typed while the app is leaving the queue, and send it once it stays', async () => {
    const onChange = vi.fn();
    function Leaving() {
      const [navigating, setNavigating] = useState(true);
      return (
        <NavigationPendingContext.Provider value={navigating}>
          <QueueFilters view={defaultView} regions={[]} onChange={onChange} />
          <button onClick={() => setNavigating(false)}>Stay</button>
        </NavigationPendingContext.Provider>
      );
    }
    renderPage(<Leaving />);
    await userEvent.type(screen.getByLabelText('Request number'), 'PR1');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(onChange).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ q: 'PR1' }));
  });
});
