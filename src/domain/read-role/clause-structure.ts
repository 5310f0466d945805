/**
 * How a sentence says a clause by its structure rather than by a fixed phrase, as data: a head
 * word (a verb or its noun: "approves", "approval") that reaches an object of a kind ("budget",
 * "space", "technicians") within the same part of the sentence. Words are listed once, in any
 * form, and matched by their stems (match-terms.ts), so "allocates", "allocating" and
 * "allocation" are one word here; en-US spellings fold to en-GB ("authorize").
 *
 * Why structures as well as the phrases of clause-cues.ts: rounds 3 and 4 widened the phrases one
 * wording at a time and the new wordings of each fresh set were missed again (decision rights
 * found 1 of 9 on the k sentences). What a grading panel reads as a decision right is an
 * authority verb whose object is money, space or equipment, whatever the words between them;
 * recognition is technicians named beside their visibility or voice, in any order.
 *
 * How to read a structure: `heads` and `objects` are words; a match is a head and an object at
 * most `within` content words apart in one part of the sentence (parts end at ; : . ( ) and a
 * dash), the object after the head, or before it only when next to it ("resource allocation");
 * `either` lets the object come first at any distance up to `within`. `unless`: words that, in
 * the three words before the pair or between its words, make it someone else's decision or no
 * decision at all ("proposals for resource allocation", "working within budgeted allocations").
 *
 * Tuned on the r, h, k, m and n sentences of the labelled set (tests/fixtures/role-sentences/), by
 * the guide in its README; the p and q sentences kept aside are never read while tuning.
 */
import type { ClauseId } from '../clause-names';
import type { ClauseStrength } from './reading';

export interface ClauseStructure {
  readonly clause: ClauseId;
  readonly strength: ClauseStrength;
  readonly heads: readonly string[];
  readonly objects: readonly string[];
  /** How many content words may separate head and object. */
  readonly within: number;
  /** True when the object may come first at any distance up to `within`. */
  readonly either?: true;
  readonly unless?: readonly string[];
  /** Why the structure evidences the clause, shown beside the sentence. */
  readonly why: string;
}

/** Money in any of the words job descriptions use for it. */
const MONEY = [
  'budget',
  'budgets',
  'budgetary',
  'expenditure',
  'spend',
  'funds',
  'funding',
  'finances',
  'financial',
  'money',
  'resources',
  'capital',
];
/** Physical technical resources. */
const PLACES_AND_KIT = [
  'space',
  'facilities',
  'equipment',
  'instruments',
  'instrumentation',
  'infrastructure',
  'buildings',
];
/** Words that make the decision someone else's, or leave none (labelling guide G1, G2). */
const NOT_DECIDING = [
  'recommend',
  'recommendations',
  'propose',
  'proposals',
  'advise',
  'advice',
  'input',
  'prepare',
  'within',
  'monitor',
  'monitoring',
  'assist',
];
/** Verbs of authority over resources. */
const AUTHORITY = [
  'approve',
  'approval',
  'authorise',
  'authorisation',
  'commit',
  'allocate',
  'reallocate',
  're-allocate',
  'distribute',
  'distribution',
  'determine',
  'control',
];

export const CLAUSE_STRUCTURES: readonly ClauseStructure[] = [
  // Why: approving, committing, allocating or controlling money is a decision right whatever the
  // words between verb and object ("commits the University to significant budget expenditure",
  // "allocates resources independently") (labelling guide G1).
  {
    clause: 'empowered',
    strength: 'direct',
    heads: AUTHORITY,
    objects: MONEY,
    within: 4,
    unless: NOT_DECIDING,
    why: 'Approving, committing or allocating money or resources is a decision right.',
  },
  // Why space and equipment too: approving, committing or controlling space and facilities is
  // deciding where the institution's technical resources go (G1), and it is investment in them
  // (G4). Why not allocating or distributing them: handing out equipment and supplies is
  // inventory, not a decision right the guide names (G1, G4).
  {
    clause: 'empowered',
    strength: 'direct',
    heads: ['approve', 'approval', 'authorise', 'authorisation', 'commit', 'determine', 'control'],
    objects: PLACES_AND_KIT,
    within: 4,
    unless: NOT_DECIDING,
    why: 'Allocating or approving space, facilities or equipment is a decision right.',
  },
  // Why allocating space, when allocating equipment is not: deciding which unit has which
  // laboratory or room is a decision over the institution's technical resources (G1), where
  // handing out equipment and supplies is inventory (G4).
  {
    clause: 'empowered',
    strength: 'direct',
    heads: ['allocate', 'reallocate'],
    objects: ['space'],
    within: 2,
    unless: NOT_DECIDING,
    why: 'Allocating space between units is a decision right.',
  },
  {
    clause: 'investment',
    strength: 'in-part',
    heads: AUTHORITY,
    objects: PLACES_AND_KIT,
    within: 4,
    unless: NOT_DECIDING,
    why: 'Deciding where space, facilities or equipment go supports investment in technical resources.',
  },
  // Why holding or answering for finances: a managed budget is a delegated budget whatever it is
  // called ("responsible for the unit's financial performance") (G2), and an unnamed unit budget
  // is investment in part (G3). Why handling, overseeing and balancing: the same holding in the
  // words of US and grade descriptions ("handles budgeting", "financial oversight of the School",
  // "balances the department's budget") (G2).
  {
    clause: 'empowered',
    strength: 'direct',
    heads: [
      'responsible',
      'responsibility',
      'accountable',
      'administer',
      'hold',
      'own',
      'handle',
      'oversee',
      'oversight',
      'balance',
    ],
    objects: ['budget', 'budgets', 'budgeting', 'finances', 'financial', 'funds'],
    within: 4,
    // Why policies too: answering for the policies on funds is shaping policy (G10), not
    // holding a budget (G2).
    unless: [...NOT_DECIDING, 'policy', 'policies'],
    why: 'Answering for a budget or a unit’s finances is holding a delegated budget.',
  },
  {
    clause: 'investment',
    strength: 'in-part',
    heads: ['responsible', 'responsibility', 'accountable', 'administer', 'hold', 'own', 'manage'],
    objects: ['finances', 'financial', 'funds'],
    within: 4,
    unless: NOT_DECIDING,
    why: 'A unit’s finances are its budget for technical resources, unnamed.',
  },
  // Why planning, choosing, recommending or buying space, facilities and equipment: choosing,
  // specifying, advising on, coordinating and planning purchases, facilities and infrastructure
  // is investment (G4), and a requisition is a purchase asked for,
  // whatever the verb's form ("space-planning", "selection of instruments"). Why not developing
  // equipment, nor the use, safety or upkeep of facilities: building or designing equipment is
  // not buying it, and running, securing or maintaining facilities is today's upkeep (G4, G12).
  {
    clause: 'investment',
    strength: 'in-part',
    heads: [
      'plan',
      'planning',
      'specify',
      'specification',
      'select',
      'selection',
      'choose',
      'procure',
      'purchase',
      'acquire',
      'acquisition',
      'replace',
      'renew',
      'expand',
      'coordinate',
      'prioritise',
      'commission',
      'upgrade',
      'recommend',
      'requisition',
      'evaluate',
      'anticipate',
      'forecast',
      'tender',
    ],
    objects: PLACES_AND_KIT,
    within: 2,
    unless: [
      'use',
      'usage',
      'safety',
      'security',
      'disaster',
      'emergency',
      'recovery',
      'maintenance',
    ],
    why: 'Planning, choosing or buying space, facilities or equipment supports investment in technical resources.',
  },
  // Why technicians beside their visibility, recognition or voice, in either order: the
  // advocacy is in the pairing, not in one phrase ("the contribution of technicians is visible",
  // "technical staff are represented") (G15). Why not "identifiable" or "views": their stems are
  // those of "identifies" and "view" ("identifies the needs of technical staff").
  {
    clause: 'advocates',
    strength: 'in-part',
    heads: ['technicians', 'technician', 'technical'],
    objects: [
      'visible',
      'visibility',
      'recognition',
      'recognise',
      'represented',
      'representation',
      'voice',
      'showcase',
      'celebrate',
      'champion',
      'valued',
      'awards',
    ],
    within: 10,
    either: true,
    why: 'Technicians named beside their visibility, recognition or voice supports advocacy for them.',
  },
  // Why the future beside needs, in either order and a few words apart: looking ahead is in the
  // pairing ("services now and in future are shaped to meet needs", "current and future
  // environments"), not in one phrase (G14).
  {
    clause: 'anticipates',
    strength: 'in-part',
    heads: ['future', 'emerging', 'forthcoming'],
    objects: [
      'needs',
      'requirements',
      'demand',
      'demands',
      'technologies',
      'trends',
      'environments',
    ],
    within: 6,
    either: true,
    why: 'The future named beside needs or technologies supports anticipating them.',
  },
];
