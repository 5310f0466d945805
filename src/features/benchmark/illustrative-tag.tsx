/** The label every shipped (constructed) profile carries wherever it appears. */
export function IllustrativeTag() {
  return (
    <span className="tag" title="Built from patterns in published sources; not a real role">
      Illustrative
    </span>
  );
}
