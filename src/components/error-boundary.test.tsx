import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ErrorBoundary } from './error-boundary';

let failing = true;
function Fragile({ label }: { label: string }) {
  if (failing) throw new Error('A value this part cannot show');
  return <p>{label} shown</p>;
}

function Harness() {
  const [key, setKey] = useState('a');
  return (
    <>
      <button type="button" onClick={() => setKey('b')}>
        Move on
      </button>
      <ErrorBoundary
        resetKey={key}
        fallback={({ error, retry }) => (
          <div role="alert">
            <p>Failed: {error instanceof Error ? error.message : 'unknown'}</p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </div>
        )}
      >
        <Fragile label={key} />
      </ErrorBoundary>
      <p>Outside the boundary</p>
    </>
  );
}

beforeEach(() => {
  failing = true;
  // React reports every caught error on the console; the test expects them.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it('shows the fallback in place of what failed, and leaves the rest of the page', () => {
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('Failed: A value this part cannot show');
    expect(screen.getByText('Outside the boundary')).toBeVisible();
  });

  it('renders the children again on retry', async () => {
    render(<Harness />);
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('a shown')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('forgets the error when its reset key changes', async () => {
    render(<Harness />);
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Move on' }));
    expect(screen.getByText('b shown')).toBeVisible();
  });
});
