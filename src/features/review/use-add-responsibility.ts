import { responsibilityFromCatalogue } from '../../domain/from-catalogue';
import { useKeystoneStore } from '../../store/keystone-store';
import { newId } from '../../domain/new-id';

/** Adds a catalogue responsibility to the open draft's responsibilities, once. */
export function useAddResponsibility(): (catalogueId: string) => void {
  const updateDraft = useKeystoneStore((s) => s.updateDraft);
  const currentId = useKeystoneStore((s) => s.currentId);
  return (catalogueId) => {
    if (!currentId) return;
    updateDraft(currentId, (d) => {
      if (d.responsibilities.some((r) => r.catalogueId === catalogueId)) return d;
      const item = responsibilityFromCatalogue(catalogueId, newId('r'));
      return item ? { ...d, responsibilities: [...d.responsibilities, item] } : d;
    });
  };
}
