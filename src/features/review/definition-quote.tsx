/** The definition the product is built around, quoted verbatim with its citation. */
import { CITATION, DEFINITION_QUOTE } from '../../domain/definition';

export function DefinitionQuote() {
  return (
    <figure className="definition">
      <blockquote>
        <p>{DEFINITION_QUOTE}</p>
      </blockquote>
      <figcaption>
        <cite>{CITATION.title}</cite>, {CITATION.publisher}, {CITATION.month} {CITATION.year} (
        {CITATION.method}). {CITATION.via}.
      </figcaption>
    </figure>
  );
}
