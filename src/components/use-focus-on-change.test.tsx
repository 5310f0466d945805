import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useFocusOnChange } from './use-focus-on-change';

function View({ page, hideOld = false }: { page: string; hideOld?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusOnChange(page, ref);
  return (
    <div ref={ref}>
      {hideOld && (
        <div style={{ display: 'none' }}>
          <h2>Old page</h2>
        </div>
      )}
      <h2>{page}</h2>
      <button type="button">Somewhere else</button>
    </div>
  );
}

describe('focus after a change of view', () => {
  it('leaves focus alone on first render, then moves it to the new heading', () => {
    const { rerender } = render(<View page="First" />);
    expect(document.body).toHaveFocus();
    rerender(<View page="Second" />);
    expect(screen.getByRole('heading', { name: 'Second' })).toHaveFocus();
  });

  it('skips a heading that is hidden while the next view loads', () => {
    const { rerender } = render(<View page="First" hideOld />);
    rerender(<View page="Second" hideOld />);
    expect(screen.getByRole('heading', { name: 'Second' })).toHaveFocus();
  });
});
