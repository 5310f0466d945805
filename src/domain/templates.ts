/** Starting points for a new draft: a blank one and three realistic roles (template-roles.ts). */
import { emptyDraft } from './empty-draft';
import type { RoleDraft } from './role-draft';
import {
  directorOfTechnicalStrategy,
  facultyManager,
  headOfTechnicalServices,
} from './template-roles';

export interface Template {
  id: string;
  name: string;
  description: string;
  build: (id: string, now: string) => RoleDraft;
}

export const TEMPLATES: readonly Template[] = [
  {
    id: 'blank',
    name: 'Blank',
    description: 'Start from nothing and answer every question yourself.',
    build: (id, now) => emptyDraft(id, 'New role', now),
  },
  {
    id: 'faculty-manager',
    name: 'Faculty technical manager (operational)',
    description:
      'Runs the technical teams and facilities of one faculty, reporting to its dean, at grade 8.',
    build: facultyManager,
  },
  {
    id: 'head-of-technical-services',
    name: 'Head of technical services',
    description:
      'Leads technical services across the institution at grade 10, reporting to the Chief Operating Officer, with a delegated budget.',
    build: headOfTechnicalServices,
  },
  {
    id: 'director-technical-strategy',
    name: 'Director of technical strategy (executive)',
    description:
      'Sets technical strategy for the whole institution from a seat on the executive board, with the budget and sign-off rights to deliver it.',
    build: directorOfTechnicalStrategy,
  },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
