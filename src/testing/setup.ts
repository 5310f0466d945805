import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Note: findBy… and waitFor wait for a condition, never assert a time. Views load lazily, and on a
// busy 2-core machine the first load can take seconds: wait up to 10 s rather than the default 1 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
