/** The review: clause by clause, with what would raise each score. */
export function ReviewScreen() {
  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>
        Review
      </h2>
    </section>
  );
}
