/** Step 5: the person specification, split into essential and desirable criteria. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { FieldError } from '../../components/field';
import { CriterionSchema, type Criterion } from '../../domain/role-draft';
import { useKeystoneStore } from '../../store/keystone-store';
import { useCurrentDraft, useGoTo } from '../drafts/use-current-draft';
import { CriterionItem } from './criterion-item';
import { newId } from './new-id';
import { PersonSpecStepSchema } from './person-spec-schema';
import { PersonSpecSuggestions } from './person-spec-suggestions';
import { validItems } from './pick-valid';
import { StepFrame } from './step-frame';
import { useAutosave } from './use-autosave';

type Input = z.input<typeof PersonSpecStepSchema>;

export function PersonSpecStep() {
  const draft = useCurrentDraft();
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  const goTo = useGoTo();
  const stored = useMemo<Input>(() => ({ personSpec: draft.personSpec }), [draft.personSpec]);
  const form = useForm<Input, unknown, z.output<typeof PersonSpecStepSchema>>({
    resolver: zodResolver(PersonSpecStepSchema),
    defaultValues: stored,
  });
  const { register, handleSubmit, control, formState, getValues } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'personSpec', keyName: 'key' });
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<string | null>(null);

  const save = (values: Input): Input => {
    let next = draft.personSpec;
    updateDraft(draft.id, (d) => {
      next = validItems(CriterionSchema, values.personSpec ?? []);
      return { ...d, personSpec: next };
    });
    return { personSpec: next };
  };
  useAutosave(form, stored, save, (a, b) => a.personSpec === b.personSpec);
  const saveNow = () => save(getValues());

  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const add = (criterion: Omit<Criterion, 'id'>, focus: boolean) => {
    append({ id: newId('c'), ...criterion }, { shouldFocus: focus });
    saveNow();
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
      onSubmit={handleSubmit(
        (valid) => {
          save(valid);
          goTo('review');
        },
        (invalid) => {
          if (invalid.personSpec?.message || invalid.personSpec?.root) {
            document.getElementById('criteria-count')?.focus();
          }
        },
      )}
    >
      <section aria-labelledby="criteria-heading">
        <h3 id="criteria-heading" tabIndex={-1}>
          Criteria <span className="tag">{fields.length}</span>
        </h3>
        <div id="criteria-count" tabIndex={-1}>
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
