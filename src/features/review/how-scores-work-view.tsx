/** "How the scores work", generated from the scoring rules, behind a disclosure. */
import { howScoresWork } from '../../domain/how-scores-work';

export function HowScoresWorkView() {
  return (
    <details className="review-section how-scores">
      <summary>
        <h3 className="summary-heading">How the scores work</h3>
      </summary>
      {howScoresWork().map((section) => (
        <section key={section.heading}>
          <h4>{section.heading}</h4>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.items && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </details>
  );
}
