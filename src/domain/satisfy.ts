/**
 * The smallest change to a draft's answers that meets a condition: what "make this change" in
 * the list of raises means. Used to state a raise's true gain (meeting one condition can meet a
 * weaker one on the same ladder too, such as a higher grade), and by tests that apply raises.
 */
import type { Condition, Needs } from './condition';
import { isMet, needsMet } from './condition';
import {
  DECISION_RIGHTS,
  EXTERNAL_REMIT,
  REPORTING_DISTANCE,
  REPORTING_LINES,
  SEATS,
  TECHNICAL_AREAS,
} from './options';
import type { RoleDraft } from './role-draft';
import type { Signal } from './scoring-rules';

/** Keeps an option list in its canonical order when an answer is added. */
const withId = <T extends string>(order: readonly T[], list: readonly T[], id: T): T[] =>
  order.filter((x) => x === id || list.includes(x));

/** The draft with a signal's needs met too: the first answer it names. */
export function satisfyNeeds(needs: Needs | undefined, draft: RoleDraft): RoleDraft {
  const first = needs?.answers[0];
  return needs && first && !needsMet(needs, draft) ? satisfy(first, draft) : draft;
}

/** The smallest change that makes a signal count: its answer, and what it needs if missing. */
export const satisfySignal = (signal: Signal, draft: RoleDraft): RoleDraft =>
  satisfyNeeds(signal.needs, satisfy(signal.condition, draft));

export function satisfy(condition: Condition, draft: RoleDraft): RoleDraft {
  if (isMet(condition, draft)) return draft;
  const { authority, remit } = draft;
  const setAuthority = (patch: Partial<RoleDraft['authority']>): RoleDraft => ({
    ...draft,
    authority: { ...authority, ...patch },
  });
  const setRemit = (patch: Partial<RoleDraft['remit']>): RoleDraft => ({
    ...draft,
    remit: { ...remit, ...patch },
  });
  switch (condition.kind) {
    case 'seat': {
      const seat = condition.anyOf[0];
      if (seat === undefined) return draft;
      return setAuthority({ seats: withId(SEATS.ids, authority.seats, seat) });
    }
    case 'decision-right':
      return setAuthority({
        decisionRights: withId(DECISION_RIGHTS.ids, authority.decisionRights, condition.right),
      });
    case 'grade-at-least':
      return setAuthority({ gradeBand: condition.band });
    case 'reporting-within': {
      // The line furthest from the head that still meets the condition: the smallest change.
      const lines = REPORTING_LINES.ids.filter((id) => REPORTING_DISTANCE[id] <= condition.steps);
      const line = lines.sort((a, b) => REPORTING_DISTANCE[b] - REPORTING_DISTANCE[a])[0];
      return line ? setAuthority({ reportsTo: line }) : draft;
    }
    case 'budget-at-least':
      return setAuthority({ budgetAuthority: condition.level });
    case 'scope-at-least':
      return setRemit({ scope: condition.scope });
    case 'areas-at-least': {
      const missing = TECHNICAL_AREAS.ids.filter((id) => !remit.areas.includes(id));
      const added = missing.slice(0, condition.count - remit.areas.length);
      return setRemit({
        areas: TECHNICAL_AREAS.ids.filter((id) => remit.areas.includes(id) || added.includes(id)),
      });
    }
    case 'external':
      return setRemit({ external: withId(EXTERNAL_REMIT.ids, remit.external, condition.remit) });
    case 'budget-amount-at-least':
      return setAuthority({ annualBudget: condition.pounds });
    case 'team-at-least':
      return setRemit({ techniciansInRemit: condition.count });
  }
}
