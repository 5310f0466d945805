/**
 * "Move up", "Move down" and "Remove" for one item of an ordered list in a step, and the move
 * handler they call. Shared by responsibilities and person-specification criteria so both lists
 * behave the same way for keyboard and screen-reader users.
 */

type Direction = 'up' | 'down';

/** The id of an item's move button, so focus can follow the item to its new place. */
export function moveButtonId(idPrefix: string, direction: Direction, index: number): string {
  return `${idPrefix}-move-${direction}-${index}`;
}

interface ListMoveOptions {
  idPrefix: string;
  count: number;
  move: (from: number, to: number) => void;
  save: () => void;
  announce: (message: string) => void;
  focusAfterRender: (id: string) => void;
}

/** Returns the handler that moves an item, saves the list, announces and keeps focus on it. */
export function listMover(options: ListMoveOptions) {
  const { idPrefix, count, move, save, announce, focusAfterRender } = options;
  return (from: number, to: number) => {
    if (to < 0 || to >= count || from === to) return;
    move(from, to);
    save();
    announce(`Moved to position ${to + 1} of ${count}.`);
    // At the top or bottom the button just pressed is disabled, so focus its partner there.
    const edge: Direction = to === 0 ? 'down' : to === count - 1 ? 'up' : from > to ? 'up' : 'down';
    focusAfterRender(moveButtonId(idPrefix, edge, to));
  };
}

interface ListItemActionsProps {
  idPrefix: string;
  index: number;
  count: number;
  /** How screen readers hear the item, such as "criterion 2". */
  name: string;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

export function ListItemActions(props: ListItemActionsProps) {
  const { idPrefix, index, count, name, onMove, onRemove } = props;
  return (
    <div className="responsibility-actions">
      <button
        type="button"
        id={moveButtonId(idPrefix, 'up', index)}
        className="button-secondary button-small"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        Move up<span className="visually-hidden">: {name}</span>
      </button>
      <button
        type="button"
        id={moveButtonId(idPrefix, 'down', index)}
        className="button-secondary button-small"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        Move down<span className="visually-hidden">: {name}</span>
      </button>
      <button type="button" className="button-danger button-small" onClick={() => onRemove(index)}>
        Remove<span className="visually-hidden">: {name}</span>
      </button>
    </div>
  );
}
