import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from './error-boundary';

function Thrower({ fail }: { fail: boolean }) {
  if (fail) throw new Error('broken');
  return <p>content</p>;
}

describe('the error boundary', () => {
  beforeEach(() => {
    // React reports every error a boundary catches on the console.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the fallback with the error until its reset key changes', () => {
    const fallback = (error: unknown) => <p>failed: {(error as Error).message}</p>;
    const { rerender } = render(
      <ErrorBoundary resetKey="a" fallback={fallback}>
        <Thrower fail />
      </ErrorBoundary>,
    );
    expect(screen.getByText('failed: broken')).toBeInTheDocument();
    rerender(
      <ErrorBoundary resetKey="a" fallback={fallback}>
        <Thrower fail={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('failed: broken')).toBeInTheDocument();
    rerender(
      <ErrorBoundary resetKey="b" fallback={fallback}>
        <Thrower fail={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('content')).toBeInTheDocument();
  });

  it('catches whatever is thrown, undefined included', () => {
    function ThrowsUndefined(): never {
      throw undefined;
    }
    render(
      <ErrorBoundary resetKey="a" fallback={(error) => <p>failed with {String(error)}</p>}>
        <ThrowsUndefined />
      </ErrorBoundary>,
    );
    expect(screen.getByText('failed with undefined')).toBeInTheDocument();
  });
});
