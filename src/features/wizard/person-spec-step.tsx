/** Step 5: the person specification, split into essential and desirable criteria. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { FieldError } from '../../components/field';
import { CriterionSchema, type Criterion } from '../../domain/role-draft';
import { useCurrentDraft, useGoTo } from '../drafts/use-current-draft';
import { CriterionItem } from './criterion-item';
import { newId } from './new-id';
import { PersonSpecStepSchema } from './person-spec-schema';
import { PersonSpecSuggestions } from './person-spec-suggestions';
import { validItems } from './pick-valid';
import { StepFrame } from './step-frame';
import { useAutosave } from './use-autosave';
import { writeSection } from './write-section';
import { useFocusFirstError } from './use-focus-first-error';

type Input = z.input<typeof PersonSpecStepSchema>;

export function PersonSpecStep() {
  const draft = useCurrentDraft();
  const goTo = useGoTo();
  const onInvalid = useFocusFirstError();
  const stored = useMemo<Input>(() => ({ personSpec: draft.personSpec }), [draft.personSpec]);
  const form = useForm<Input, unknown, z.output<typeof PersonSpecStepSchema>>({
    resolver: zodResolver(PersonSpecStepSchema),
    shouldFocusError: false,
    defaultValues: stored,
  });
  const { register, handleSubmit, control, formState, getValues } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'personSpec', keyName: 'key' });
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<string | null>(null);

  const save = (values: Input): Input => ({
    personSpec: writeSection(draft.id, 'personSpec', () =>
      validItems(CriterionSchema, values.personSpec ?? []),
    ),
  });
  const saveValues = useAutosave(form, stored, save);
  const saveNow = () => saveValues(getValues());

  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const add = (criterion: Omit<Criterion, 'id'>, focus: boolean) => {
    append({ id: newId('c'), ...criterion }, { shouldFocus: false });
    saveNow();
    if (focus) focusTarget.current = `criterion-${fields.length}`;
    setAnnouncement(`Added. The specification now has ${fields.length + 1} criteria.`);
  };

  const errors = formState.errors.personSpec;
  const listError = errors?.message ?? errors?.root?.message;
  const texts = new Set(getValues().personSpec.map((c) => c.text));

  return (
    <StepFrame
      step="person-spec"
      intro={
        <p>
          Say what the person appointed must bring (essential) and what would help (desirable), and
          how each is assessed. Panels shortlist against these criteria.
        </p>
      }
      onSubmit={handleSubmit((valid) => {
        save(valid);
        goTo('review');
      }, onInvalid)}
    >
      <section aria-labelledby="criteria-heading">
        <h3 id="criteria-heading" tabIndex={-1}>
          Criteria <span className="tag">{fields.length}</span>
        </h3>
        <div tabIndex={-1} data-error-anchor={listError ? true : undefined}>
          {listError && <FieldError id="criteria-error">{listError}</FieldError>}
        </div>
        {fields.length === 0 ? (
          <p className="empty">None yet. Add a suggested criterion below, or write your own.</p>
        ) : (
          <ol className="responsibility-list">
            {fields.map((field, index) => (
              <CriterionItem
                key={field.key}
                index={index}
                register={register}
                errors={errors}
                onRemove={(i) => {
                  remove(i);
                  saveNow();
                  setAnnouncement(`Removed criterion ${i + 1}.`);
                  focusTarget.current = 'criteria-heading';
                }}
              />
            ))}
          </ol>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              add({ text: '', category: 'essential', assessedBy: ['application'] }, true)
            }
          >
            Write an essential criterion
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              add({ text: '', category: 'desirable', assessedBy: ['application'] }, true)
            }
          >
            Write a desirable criterion
          </button>
        </div>
      </section>
      <PersonSpecSuggestions added={texts} onAdd={(criterion) => add(criterion, false)} />
    </StepFrame>
  );
}
