/**
 * What the role is meant to be, beside the verdict (issue 12, item 6): the level said in the
 * remit step, what the role holds beyond it, and, plainly, when the level itself is the gap.
 */
import type { TargetLevel } from '../../domain/options';
import type { BandPath } from '../../domain/path-to-next-band';
import { OUT_OF_REACH, levelIsTheGap, levelName } from '../../domain/target-level';

interface LevelNoteProps {
  level: TargetLevel | null;
  /** What the draft holds that the level is not meant to (beyondLevel). */
  beyond: readonly string[];
  /** The path to the next band, made with only the changes that fit the level. */
  path: BandPath | null;
  onOpen: () => void;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function LevelNote({ level, beyond, path, onOpen }: LevelNoteProps) {
  const name = levelName(level);
  const below = level !== null && level !== 'institution';
  return (
    <div className="level-note">
      <p>
        <strong>Meant to be:</strong> {name}.{' '}
        <button type="button" className="link-button" onClick={onOpen}>
          {level ? 'Change the level' : 'Say what the role is meant to be'}
        </button>
      </p>
      {below && (
        <p>
          The score measures the role against the definition, which describes an institution’s
          strategic technical leader. {name} is not meant to hold {OUT_OF_REACH[level]}. The changes
          suggested below keep to what fits the level.
        </p>
      )}
      {below && levelIsTheGap(level, path) && path && (
        <p>
          <strong>The level itself is the gap.</strong> No change that fits {lowerFirst(name)} takes
          the role to “{path.to.name}”: that needs what the level is not meant to hold.
        </p>
      )}
      {beyond.length > 0 && (
        <>
          <p>The role already holds what {lowerFirst(name)} is not meant to:</p>
          <ul>
            {beyond.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>Either the level or these answers should change.</p>
        </>
      )}
    </div>
  );
}
