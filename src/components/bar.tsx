/** A horizontal bar showing a value out of a maximum; decorative, so the number must be shown too. */
import './bar.css';
export function Bar({ value, max = 100 }: { value: number; max?: number }) {
  const share = Math.max(0, Math.min(1, value / max));
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-fill" style={{ inlineSize: `${share * 100}%` }} />
    </span>
  );
}
