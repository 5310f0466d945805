import { CLAUSES, CITATION, DEFINITION_QUOTE } from '../domain/definition';

export function App() {
  return (
    <main>
      <h1>Keystone</h1>
      <blockquote>{DEFINITION_QUOTE}</blockquote>
      <p>
        {CITATION.title}, {CITATION.publisher}, {CITATION.year}.
      </p>
      <ol>
        {CLAUSES.map((clause) => (
          <li key={clause.id}>{clause.name}</li>
        ))}
      </ol>
    </main>
  );
}
