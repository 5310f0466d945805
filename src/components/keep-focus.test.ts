import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepFocus } from './keep-focus';

/** A page with a main region holding a heading and the control that is about to go. */
function page() {
  document.body.innerHTML = `
    <main id="main"><h2>The view</h2><button id="gone">Dismiss</button><button id="kept">Kept</button></main>`;
  const gone = document.getElementById('gone')!;
  gone.focus();
  return { gone, kept: document.getElementById('kept')!, main: document.getElementById('main')! };
}

describe('keepFocus', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('moves focus to the target once the pressed control is gone', () => {
    vi.useFakeTimers();
    const { gone, kept } = page();
    keepFocus(() => kept);
    gone.remove();
    vi.runAllTimers();
    expect(document.activeElement).toBe(kept);
  });

  it('never leaves focus on the page body: without a target it goes to the view heading', () => {
    vi.useFakeTimers();
    const { gone } = page();
    keepFocus(() => null);
    gone.remove();
    expect(document.activeElement).toBe(document.body);
    vi.runAllTimers();
    const heading = document.querySelector('h2');
    expect(document.activeElement).toBe(heading);
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('goes to the main region when the view has no heading', () => {
    vi.useFakeTimers();
    const { gone, main } = page();
    document.querySelector('h2')!.remove();
    keepFocus();
    gone.remove();
    vi.runAllTimers();
    expect(document.activeElement).toBe(main);
  });

  it('leaves the focus alone when, without a target, it is still on something in the page', () => {
    vi.useFakeTimers();
    const { kept } = page();
    kept.focus();
    keepFocus();
    vi.runAllTimers();
    expect(document.activeElement).toBe(kept);
  });
});
