/**
 * The catalogue search's count (issue 13, part 6): a screen reader hears it once typing pauses,
 * not on nearly every key press, and hears "1 responsibility", never "1 responsibilities".
 * Note: keys are typed with fireEvent under fake timeouts, so the pauses are exact and instant.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { CATALOGUE } from '../../domain/catalogue';
import { CatalogueBrowser } from './catalogue-browser';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

function browse() {
  render(<CatalogueBrowser chosen={new Set()} onAdd={() => undefined} />);
  const search = screen.getByRole('searchbox', { name: 'Search the catalogue' });
  /** Types the text after what is there, one key at a time, the given time apart. */
  const type = (text: string, apart = 0) => {
    const start = (search as HTMLInputElement).value;
    for (let i = 1; i <= text.length; i += 1) {
      fireEvent.change(search, { target: { value: start + text.slice(0, i) } });
      pause(apart);
    }
  };
  const clear = () => fireEvent.change(search, { target: { value: '' } });
  return { type, clear, status: screen.getByRole('status') };
}

const pause = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('The catalogue search’s count', () => {
  it('is announced once typing pauses, not while keys keep coming', () => {
    const { type, status } = browse();
    const before = `${CATALOGUE.length} responsibilities in`;
    expect(status).toHaveTextContent(before);

    // Keys 300 ms apart: the visible count follows each one, the announcement waits.
    type('apprentice', 300);
    expect(status).toHaveTextContent(before);
    expect(screen.getByText('1 responsibility matches.')).not.toBe(status);
    pause(800);
    expect(status).toHaveTextContent('1 responsibility matches.');
  });

  it('waits for the pause even while keys leave the count unchanged', () => {
    const { type, status } = browse();
    const before = status.textContent;
    // The count settles on one match a few letters in; the later letters, 700 ms apart, change
    // nothing it says, but typing has not paused, so nothing is announced yet.
    type('apprentice', 700);
    expect(status.textContent).toBe(before);
    pause(800);
    expect(status).toHaveTextContent('1 responsibility matches.');
  });

  it('says "1 responsibility" and "N responsibilities" correctly', () => {
    const { type, clear, status } = browse();
    type('apprentice');
    pause(800);
    expect(status.textContent).toBe('1 responsibility matches.');

    clear();
    type('budget');
    pause(800);
    expect(status.textContent).toMatch(/^([2-9]|\d{2,}) responsibilities match\.$/);

    clear();
    type('zzzqx');
    pause(800);
    expect(status.textContent).toBe('0 responsibilities match.');
  });
});
