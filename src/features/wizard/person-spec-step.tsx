/** Step 5: the person specification, split into essential and desirable criteria. */
import { useMemo, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import type * as z from 'zod/mini';
import { FieldError } from '../../components/field';
import { draftSchemas, type Criterion } from '../../domain/role-draft';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { CriterionItem } from './criterion-item';
import { listMover } from './list-item-actions';
import { newId } from '../../domain/new-id';
import { personSpecStepSchema } from '../../domain/steps/person-spec-schema';
import { PersonSpecSuggestions } from './person-spec-suggestions';
import { validItems } from './pick-valid';
import { StepFrame } from './step-frame';
import { useFocusAfterRender } from './use-focus-after-render';
import { useSectionForm } from './use-section-form';
import { writeSection } from './write-section';
import './item-list.css';

type Input = z.input<ReturnType<typeof personSpecStepSchema>>;

export function PersonSpecStep() {
  const draft = useCurrentDraft();
  const stored = useMemo<Input>(() => ({ personSpec: draft.personSpec }), [draft.personSpec]);
  const { form, saveNow, onSubmit } = useSectionForm({
    schema: personSpecStepSchema,
    stored,
    save: (values) => ({
      personSpec: writeSection(draft.id, 'personSpec', () =>
        validItems(draftSchemas().criterion, values.personSpec ?? []),
      ),
    }),
    next: 'review',
  });
  const { register, control, formState, getValues } = form;
  const values = useWatch({ control, name: 'personSpec' });
  const { fields, append, remove, move } = useFieldArray({
    control,
    name: 'personSpec',
    keyName: 'key',
  });
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const moveItem = listMover({
    idPrefix: 'criterion',
    count: fields.length,
    move,
    save: saveNow,
    announce: setAnnouncement,
    focusAfterRender,
  });

  const add = (criterion: Omit<Criterion, 'id'>, focus: boolean) => {
    append({ id: newId('c'), ...criterion }, { shouldFocus: false });
    saveNow();
    if (focus) focusAfterRender(`criterion-${fields.length}`);
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
      onSubmit={onSubmit}
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
                count={fields.length}
                register={register}
                errors={errors}
                onMove={moveItem}
                item={values[index] ?? field}
                onRewrite={(i, text) => {
                  form.setValue(`personSpec.${i}.text`, text, { shouldDirty: true });
                  saveNow();
                }}
                onRemove={(i) => {
                  remove(i);
                  saveNow();
                  setAnnouncement(`Removed criterion ${i + 1}.`);
                  focusAfterRender('criteria-heading');
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
