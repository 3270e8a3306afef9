import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { useAddressParams } from './use-address-params';

function wrapper({ children }: { children: ReactNode }) {
  return <MemoryRouter initialEntries={['/dashboard?range=custom']}>{children}</MemoryRouter>;
}

const set = (name: string, value: string) => (current: URLSearchParams) => {
  const next = new URLSearchParams(current);
  next.set(name, value);
  return next;
};

describe('address parameters', () => {
  it('build two changes made before the address caught up on each other', () => {
    const { result } = renderHook(() => ({ address: useAddressParams(), location: useLocation() }), {
      wrapper,
    });
    act(() => {
      const [, change] = result.current.address;
      // Both from the same render, as two quick edits before the first navigation has rendered.
      change(set('from', '2026-11-14'), { replace: true });
      change(set('to', '2026-11-23'), { replace: true });
    });
    expect(result.current.location.search).toBe('?range=custom&from=2026-11-14&to=2026-11-23');
  });

  it('start from the address again once it has moved on', () => {
    const { result } = renderHook(() => ({ address: useAddressParams(), location: useLocation() }), {
      wrapper,
    });
    act(() => result.current.address[1](set('from', '2026-11-14')));
    act(() =>
      result.current.address[1]((current) => new URLSearchParams({ range: current.get('range') ?? '' })),
    );
    expect(result.current.location.search).toBe('?range=custom');
    act(() => result.current.address[1](set('to', '2026-11-23')));
    expect(result.current.location.search).toBe('?range=custom&to=2026-11-23');
  });
});
