/**
 * The facts a job description states in passing, as data: for each draft answer, the words that
 * state it and the option id they propose (src/domain/options.ts). Read by read-facts.ts; each
 * proposal keeps the sentence it came from, so the user accepts or drops it knowing why.
 *
 * Patterns are regular-expression sources matched case-insensitively on whole words, in en-GB
 * and en-US spellings. Where two entries of one list both match, the first wins: put the
 * narrower words first ("deputy vice-chancellor" before "vice-chancellor").
 */
import type {
  BudgetAuthority,
  DecisionRight,
  ExternalRemit,
  ReportingLine,
  Scope,
  Seat,
  TechnicalArea,
} from '../options';

export interface OptionCue<T extends string> {
  readonly id: T;
  readonly pattern: string;
}

const VC = `vice[- ]chancellor|principal|president`;

/** Who the role reports to, read from the words after "reports to" (or "reporting to"). */
export const REPORTS_TO = `(?:reports?|reporting|responsible|accountable)\\s+(?:directly\\s+|jointly\\s+)?to\\s*:?\\s*(?:the\\s+)?`;
export const REPORTING_LINE_CUES: readonly OptionCue<ReportingLine>[] = [
  { id: 'pro-vc', pattern: `pro[- ]vice[- ]chancellor|PVC|pro[- ]vice[- ]principal` },
  { id: 'deputy-vc', pattern: `deputy\\s+(?:${VC})|DVC|provost` },
  { id: 'vice-chancellor', pattern: `${VC}|VC|chief\\s+executive` },
  {
    id: 'coo-registrar',
    pattern: `chief\\s+operating\\s+officer|COO|registrar|university\\s+secretary|chief\\s+financial\\s+officer|CFO`,
  },
  {
    id: 'faculty-head',
    pattern: `(?:executive\\s+)?dean|head\\s+of\\s+(?:the\\s+)?(?:faculty|college)|faculty\\s+(?:director|manager)`,
  },
  { id: 'department-head', pattern: `head\\s+of\\s+(?:the\\s+)?(?:school|department)` },
  { id: 'ps-director', pattern: `director\\s+of|[\\p{L}]+\\s+director` },
];

/** A seat counts only when the sentence says the role sits there, not merely that it reports to it. */
export const SEAT_VERBS = `member|membership|sits?|sitting|serves?|serving|attends?|attending|seat|chairs?|chairing|represent(?:s|ing)?`;
export const SEAT_CUES: readonly OptionCue<Seat>[] = [
  {
    id: 'executive-board',
    pattern: `(?:university\\s+)?executive\\s+(?:board|committee|team|group)|senior\\s+(?:leadership|management)\\s+team|UEB|SLT|vice[- ]chancellor(?:’s|'s)?\\s+(?:executive|group)`,
  },
  { id: 'senate', pattern: `senate|academic\\s+(?:board|council)` },
  { id: 'council', pattern: `council|board\\s+of\\s+governors|court` },
  {
    id: 'research-committee',
    pattern: `research(?:\\s+and\\s+(?:innovation|enterprise|impact))?\\s+committee`,
  },
  {
    id: 'education-committee',
    pattern: `(?:education|learning\\s+and\\s+teaching|teaching\\s+and\\s+learning|academic\\s+quality)\\s+committee`,
  },
  {
    id: 'estates-committee',
    pattern: `(?:estates|capital|infrastructure)(?:\\s+and\\s+capital)?\\s+(?:committee|board)`,
  },
  { id: 'people-committee', pattern: `(?:people|human\\s+resources|HR|staffing)\\s+committee` },
  { id: 'health-safety-committee', pattern: `health\\s+(?:and|&)\\s+safety\\s+committee` },
  {
    id: 'edi-committee',
    pattern: `(?:EDI|ED&I|equality(?:,)?\\s+diversity\\s+(?:and|&)\\s+inclusion|equality\\s+and\\s+diversity)\\s+committee`,
  },
];

/** How much of a budget the role holds; the first that matches wins. */
export const BUDGET_CUES: readonly OptionCue<BudgetAuthority>[] = [
  {
    id: 'full',
    pattern: `sets?${'(?:\\s+\\S+){0,3}'}\\s+(?:spending|budget(?:ary)?)\\s+priorities|full\\s+budget(?:ary)?\\s+(?:authority|responsibility|control)|owns?\\s+the${'(?:\\s+\\S+){0,3}'}\\s+budget`,
  },
  {
    id: 'delegated',
    pattern: `budget[- ]holder|delegated\\s+(?:budget|authority|financial)|budgetary\\s+control|(?:holds?|manages?|managing|controls?|accountable\\s+for|responsible\\s+for|accounts?\\s+(?:to\\s+\\S+(?:\\s+\\S+){0,4}\\s+)?for)${'(?:\\s+\\S+){0,5}'}\\s+budgets?`,
  },
  {
    id: 'advises',
    pattern: `advis(?:e|es|ing)\\s+on${'(?:\\s+\\S+){0,4}'}\\s+budgets?|contribut(?:e|es|ing)\\s+to${'(?:\\s+\\S+){0,4}'}\\s+budgets?`,
  },
];

const APPROVE = `(?:approv(?:e|es|ing|al\\s+of)|authori[sz](?:e|es|ing)|sign(?:s|ing)?\\s+off|decid(?:e|es|ing)(?:\\s+on)?|final\\s+(?:decision|say)\\s+on)(?:\\s+\\S+){0,4}\\s+`;
export const DECISION_RIGHT_CUES: readonly OptionCue<DecisionRight>[] = [
  {
    id: 'technical-recruitment',
    pattern: `${APPROVE}(?:recruitment|appointments?|posts|new\\s+posts|staffing)`,
  },
  { id: 'grading-promotion', pattern: `${APPROVE}(?:(?:re)?grading|promotions?|progression)` },
  {
    id: 'equipment-investment',
    pattern: `${APPROVE}(?:equipment|capital|investment|purchases?|expenditure|spend(?:ing)?)`,
  },
  {
    id: 'workforce-plan',
    pattern: `(?:owns?|owning|leads?|leading|sets?|approves?)(?:\\s+\\S+){0,3}\\s+workforce\\s+(?:plan|planning|strategy)`,
  },
  {
    id: 'training-budget',
    pattern: `(?:holds?|owns?|manages?|controls?|allocates?)(?:\\s+\\S+){0,3}\\s+training\\s+budget`,
  },
];

/** Ordered broadest first: the broadest remit stated wins. */
export const SCOPE_CUES: readonly OptionCue<Scope>[] = [
  {
    id: 'institution',
    pattern: `(?:institution|university|college)[- ]wide|across\\s+the\\s+(?:whole\\s+)?(?:university|institution)|all\\s+(?:the\\s+)?(?:faculties|schools|colleges)|every\\s+faculty|(?:all|the)\\s+(?:university|institution)(?:’s|'s)?\\s+technical`,
  },
  {
    id: 'several-faculties',
    pattern: `(?:two|three|four|five|several|both|multiple)\\s+(?:faculties|colleges)|across\\s+(?:the\\s+)?faculties`,
  },
  {
    id: 'one-faculty',
    pattern: `(?:the|one|a)\\s+faculty(?!\\s+(?:members?|staff))|faculty[- ]wide|within\\s+the\\s+(?:faculty|college)`,
  },
  {
    id: 'facilities',
    pattern: `(?:core|shared|central)\\s+(?:facilit(?:y|ies)|services)|(?:the|a)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:facility|centre|center|suite|unit)`,
  },
];

export const AREA_CUES: readonly OptionCue<TechnicalArea>[] = [
  {
    id: 'research-facilities',
    pattern: `research\\s+(?:facilit(?:y|ies)|laborator(?:y|ies)|labs?|equipment|infrastructure)|core\\s+(?:facilit(?:y|ies)|equipment)|(?:mass\\s+spectrometry|microscopy|NMR|sequencing|imaging)`,
  },
  {
    id: 'teaching-labs',
    pattern: `teaching\\s+(?:laborator(?:y|ies)|labs?)|practical\\s+classes|undergraduate\\s+(?:laborator(?:y|ies)|labs?)`,
  },
  {
    id: 'workshops',
    pattern: `workshops?|engineering|fabrication|machining|mechanical|electronics`,
  },
  {
    id: 'creative-media',
    pattern: `media|film|photography|studios?|creative|performing\\s+arts|theatre|theater|fashion|textiles|fine\\s+art`,
  },
  {
    id: 'digital-research',
    pattern: `research\\s+(?:computing|software|data)|high[- ]performance\\s+computing|HPC|digital\\s+research|research\\s+software\\s+engineer`,
  },
  {
    id: 'clinical',
    pattern: `clinical|biomedical|medical|medicine|dental|pathology|health\\s+sciences`,
  },
  {
    id: 'animal-facilities',
    pattern: `animal|biological\\s+services|vivarium|aquarium|aquaria|insectar(?:y|ies)`,
  },
  {
    id: 'field-estates',
    pattern: `field\\s+(?:sites?|stations?|work)|farms?|estates?|botanic|glasshouses?|greenhouses?`,
  },
];

export const EXTERNAL_CUES: readonly OptionCue<ExternalRemit>[] = [
  { id: 'technician-commitment', pattern: `technician\\s+commitment` },
  {
    id: 'uk-itss',
    pattern: `UK\\s*ITSS|institute\\s+for\\s+technical\\s+skills|national\\s+technician\\s+development\\s+cent(?:re|er)|NTDC`,
  },
  {
    id: 'professional-bodies',
    pattern: `(?:science|engineering)\\s+council|professional\\s+(?:bodies|body|institutions?)|royal\\s+society\\s+of|institute\\s+of\\s+(?:science|physics)|IST\\b`,
  },
  {
    id: 'sector-networks',
    pattern: `(?:regional|national|sector|technical|technicians?(?:’|')?)\\s+(?:managers(?:’|')?\\s+)?networks?|midlands\\s+innovation|HEaTED|SUPA|N8|GW4`,
  },
  {
    id: 'policy',
    pattern: `policy[- ]?makers|government|funders|UKRI|research\\s+councils?|sector\\s+bodies|national\\s+policy`,
  },
];

/** Small counts as job descriptions write them in words; read-number-words gives their value. */
export const COUNT_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+dozen|fifteen|twenty';
