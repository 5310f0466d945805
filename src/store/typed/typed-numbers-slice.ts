/**
 * What a person typed into a number field that Keystone could not save into the role ("lots",
 * "400-500", an FTE of 1.5), kept so that leaving the step and coming back shows it again with
 * its reason, instead of erasing it. Keyed by draft id and field ("id/authority.annualBudget").
 * Note: not in the draft: an unread text is not part of the role, and would need a draft field
 * and a migration in every file format; typed-numbers-store.ts keeps it on this device under a key
 * of its own, so it also survives a reload. `base` is the stored value when the text was typed: if the stored
 * value has moved since (undo, a restore point, another tab), the text is out of date and is
 * not shown again.
 */

export interface TypedNumber {
  text: string;
  base: unknown;
}

export interface TypedNumbersSlice {
  typedNumbers: Record<string, TypedNumber>;
  keepTypedNumber: (key: string, typed: TypedNumber | null) => void;
}

type Set = (recipe: (state: TypedNumbersSlice) => Partial<TypedNumbersSlice>) => void;

export const createTypedNumbersSlice = (set: Set): TypedNumbersSlice => ({
  typedNumbers: {},
  keepTypedNumber: (key, typed) =>
    set((s) => {
      if (typed === null) {
        if (!(key in s.typedNumbers)) return {};
        const rest = { ...s.typedNumbers };
        delete rest[key];
        return { typedNumbers: rest };
      }
      const old = s.typedNumbers[key];
      if (old && old.text === typed.text && Object.is(old.base, typed.base)) return {};
      return { typedNumbers: { ...s.typedNumbers, [key]: typed } };
    }),
});
