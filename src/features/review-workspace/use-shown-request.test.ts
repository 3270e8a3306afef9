import { act, renderHook } from '@testing-library/react';
import { extendTrail, shownFor, useShownRequest } from './use-shown-request';

describe('the request the workspace shows', () => {
  it('is the one in the address when nothing was moved through', () => {
    expect(shownFor('a', null)).toBe('a');
  });

  it('is the newest moved to while the address still names an earlier step', () => {
    const trail = extendTrail(extendTrail(null, 'a', 'b'), 'a', 'c');
    expect(trail).toEqual(['a', 'b', 'c']);
    expect(shownFor('a', trail)).toBe('c');
    expect(shownFor('b', trail)).toBe('c');
  });

  it('follows an address outside the trail at once (Back, a link)', () => {
    expect(shownFor('x', ['a', 'b'])).toBe('x');
    expect(extendTrail(['a', 'b'], 'x', 'y')).toEqual(['x', 'y']);
  });

  it('shows the next request before the address changes, then follows the address', async () => {
    const navigateTo = vi.fn();
    const { result, rerender } = renderHook(({ address }) => useShownRequest(address, navigateTo), {
      initialProps: { address: 'a' },
    });
    const show = result.current.showRequest;
    act(() => result.current.showRequest('b'));
    expect(result.current.shownId).toBe('b');
    // The address follows a task later; the function keeps its identity.
    expect(navigateTo).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(navigateTo).toHaveBeenCalledWith('b'));
    expect(result.current.showRequest).toBe(show);
    // The address catches up, then moves elsewhere on its own (the Back button).
    rerender({ address: 'b' });
    expect(result.current.shownId).toBe('b');
    rerender({ address: 'a' });
    expect(result.current.shownId).toBe('a');
  });
});
