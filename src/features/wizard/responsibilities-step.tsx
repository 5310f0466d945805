/** Step 4: the role's key responsibilities, in order of importance. */
import { useMemo, useRef, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import type * as z from 'zod/mini';
import { FieldError } from '../../components/field';
import { responsibilityFromCatalogue } from '../../domain/from-catalogue';
import { draftSchemas } from '../../domain/role-draft';
import { useCurrentDraft } from '../../shared/use-current-draft';
import { CatalogueBrowser } from './catalogue-browser';
import { listMover } from './list-item-actions';
import { newId } from '../../domain/new-id';
import { validItems } from './pick-valid';
import { responsibilitiesStepSchema } from '../../domain/steps/responsibilities-schema';
import { ResponsibilityItem } from './responsibility-item';
import { StepFrame } from './step-frame';
import { useFocusAfterRender } from './use-focus-after-render';
import { useSectionForm } from './use-section-form';
import { writeSection } from './write-section';
import './item-list.css';

type Input = z.input<ReturnType<typeof responsibilitiesStepSchema>>;

export function ResponsibilitiesStep() {
  const draft = useCurrentDraft();
  const stored = useMemo<Input>(
    () => ({ responsibilities: draft.responsibilities }),
    [draft.responsibilities],
  );
  const { form, saveNow, onSubmit } = useSectionForm({
    schema: responsibilitiesStepSchema,
    stored,
    save: (values) => ({
      responsibilities: writeSection(draft.id, 'responsibilities', () =>
        validItems(draftSchemas().responsibility, values.responsibilities ?? []),
      ),
    }),
    next: 'person-spec',
  });
  const { register, control, formState } = form;
  const { fields, append, remove, move } = useFieldArray({
    control,
    name: 'responsibilities',
    keyName: 'key',
  });
  const [announcement, setAnnouncement] = useState('');
  // After a move or removal, focus goes to a control that still exists (set in handlers).
  const focusAfterRender = useFocusAfterRender();
  const dragFrom = useRef<number | null>(null);

  const moveItem = listMover({
    idPrefix: 'responsibility',
    count: fields.length,
    move,
    save: saveNow,
    announce: setAnnouncement,
    focusAfterRender,
  });

  const addFromCatalogue = (catalogueId: string) => {
    const item = responsibilityFromCatalogue(catalogueId, newId('r'));
    if (!item) return;
    append(item, { shouldFocus: false });
    saveNow();
    setAnnouncement(`Added. The role now has ${fields.length + 1} responsibilities.`);
  };

  const values = useWatch({ control, name: 'responsibilities' });
  const chosen = new Set(values.map((r) => r.catalogueId).filter((id): id is string => !!id));
  const errors = formState.errors.responsibilities;
  const countError = errors?.message ?? errors?.root?.message;

  return (
    <StepFrame
      step="responsibilities"
      intro={
        <p>
          List the role’s key responsibilities, most important first. Most UK job descriptions hold
          six to eight. Each one adds to the clauses of the definition it evidences.
        </p>
      }
      onSubmit={onSubmit}
    >
      <section aria-labelledby="chosen-heading">
        <h3 id="chosen-heading" tabIndex={-1}>
          The role’s responsibilities <span className="tag">{fields.length}</span>
        </h3>
        <div tabIndex={-1} data-error-anchor={countError ? true : undefined}>
          {countError && <FieldError id="responsibilities-error">{countError}</FieldError>}
        </div>
        {fields.length === 0 ? (
          <p className="empty">
            None yet. Add responsibilities from the catalogue below, or write your own.
          </p>
        ) : (
          <ol className="responsibility-list">
            {fields.map((field, index) => (
              <ResponsibilityItem
                key={field.key}
                index={index}
                count={fields.length}
                item={values[index] ?? field}
                register={register}
                errors={errors}
                onMove={moveItem}
                onRewrite={(i, text) => {
                  form.setValue(`responsibilities.${i}.text`, text, { shouldDirty: true });
                  saveNow();
                }}
                onRemove={(i) => {
                  remove(i);
                  saveNow();
                  setAnnouncement(`Removed responsibility ${i + 1}.`);
                  focusAfterRender('chosen-heading');
                }}
                drag={{
                  onDragStart: (event) => {
                    dragFrom.current = index;
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', String(index + 1));
                    const item = event.currentTarget.closest('li');
                    if (item) event.dataTransfer.setDragImage(item, 16, 16);
                  },
                  onDrop: (event) => {
                    event.preventDefault();
                    if (dragFrom.current !== null) moveItem(dragFrom.current, index);
                    dragFrom.current = null;
                  },
                }}
              />
            ))}
          </ol>
        )}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            append(
              { id: newId('r'), catalogueId: null, text: '', clauses: [], reason: '' },
              { shouldFocus: false },
            );
            saveNow();
            focusAfterRender(`responsibility-${fields.length}`);
          }}
        >
          Write your own responsibility
        </button>
      </section>
      <CatalogueBrowser chosen={chosen} onAdd={addFromCatalogue} />
    </StepFrame>
  );
}
