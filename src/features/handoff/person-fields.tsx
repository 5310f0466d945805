/** The person acting: a typed name and role (there are no accounts; nothing leaves the device). */
import { useId } from 'react';

export interface Person {
  name: string;
  role: string;
}

const FIELDS = [
  { key: 'name', label: 'Your name', autoComplete: 'name' },
  { key: 'role', label: 'Your role', autoComplete: 'organization-title' },
] as const;

export function PersonFields({
  person,
  onChange,
}: {
  person: Person;
  onChange: (p: Person) => void;
}) {
  const id = useId();
  return (
    <fieldset className="field field-group">
      <legend className="field-label">Who you are</legend>
      <p className="field-hint">
        Your name and role go on what you send, approve or comment. Keystone has no accounts: they
        stay in the draft and its files, on the devices you share them with.
      </p>
      <div className="field-row">
        {FIELDS.map(({ key, label, autoComplete }) => (
          <div className="field" key={key}>
            <label className="field-label" htmlFor={`${id}-${key}`}>
              {label}
            </label>
            <input
              id={`${id}-${key}`}
              type="text"
              maxLength={200}
              autoComplete={autoComplete}
              value={person[key]}
              onChange={(e) => onChange({ ...person, [key]: e.currentTarget.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
