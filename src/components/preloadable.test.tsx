import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { preloadable } from './preloadable';

const Hello = () => <p>Hello</p>;

describe('preloadable', () => {
  it('renders at once, without its fallback, once preloaded', async () => {
    const View = preloadable(() => Promise.resolve(Hello));
    await View.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <View />
      </Suspense>,
    );
    // Synchronously: no fallback was ever shown.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText('Hello')).toBeInTheDocument();
  });

  it('loads on demand like React.lazy when not preloaded, once', async () => {
    let loads = 0;
    const View = preloadable(() => {
      loads += 1;
      return Promise.resolve(Hello);
    });
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <View />
      </Suspense>,
    );
    expect(await screen.findByText('Hello')).toBeInTheDocument();
    await View.preload();
    expect(loads).toBe(1);
  });

  it('loads again after a failure, so a retry can work', async () => {
    let fail = true;
    const View = preloadable(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(Hello),
    );
    await View.preload();
    fail = false;
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <View />
      </Suspense>,
    );
    expect(await screen.findByText('Hello')).toBeInTheDocument();
  });
});
