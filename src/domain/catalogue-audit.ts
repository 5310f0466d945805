/**
 * The catalogue audit (issue 12): for every statement of the catalogue, why its tags are what its
 * words evidence, read alone. docs/catalogue-audit.md is written from this and the catalogue
 * (`node scripts/catalogue-audit.mjs`); a test fails when an entry has no line or the page is stale.
 */
import { CATALOGUE } from './catalogue';
import { CLAUSES, type ClauseId } from './definition';

export const AUDIT_FILE = 'docs/catalogue-audit.md';

export const CATALOGUE_AUDIT: Readonly<Record<string, string>> = {
  'exec-member':
    'A seat is authority (scored from the answers); the words say it brings the technical perspective to decisions: advocacy, and a part in aligning.',
  'budget-holder':
    'Setting spending priorities for technical services is investment in technical resources; holding a budget is scored from the answers, not from this line.',
  'approve-cases':
    'Approving recruitment evidences the workforce; regrading and promotion open development in part. Approval rights are scored from the answers.',
  'technical-board':
    'Technical priorities for the institution align the workforce with its goals; standards are policy only in part.',
  'risk-assurance':
    'Assurance on risk looks ahead in part; nothing in the words decides investment or gives authority.',
  'lead-technical-services':
    '“Lead and manage” and “setting direction” are management of the service: alignment in part only, and no authority (was primary “empowered”: the audit’s main correction).',
  'technical-strategy':
    'A technical strategy tied to long-term institutional goals is the aligns clause in its own words; it looks ahead in part.',
  'teaching-research-view':
    'One view across teaching and research aligns the workforce; it opens consistent development in part.',
  'strategy-input':
    '“Contribute” shares the work: alignment, foresight and investment in part only (was primary aligns).',
  'operating-model':
    'An institution-wide operating model aligns the workforce; removing duplication touches investment and policy in part.',
  'performance-measures': 'Measures set against institutional priorities are alignment work.',
  'change-programmes':
    'Leading change in the service is alignment in part; the words name no long-term goal or advocacy (advocates removed).',
  'horizon-scanning':
    'Scanning the horizon is anticipating future needs; advising names no investment decision (investment removed).',
  'skills-gap':
    'Skills-gap analysis anticipates needs and drives skills plans; recruitment plans touch the workforce in part.',
  'workforce-forecast':
    'A five-to-ten-year forecast of workforce needs is both anticipation and workforce planning.',
  'equipment-lifecycle': 'A forward renewal plan anticipates needs and plans investment.',
  'data-intelligence':
    'Data that informs planning supports foresight and workforce planning in part (was primary anticipates; advocacy removed).',
  'scenario-planning': 'Scenario planning is anticipation; alignment in part.',
  'tc-lead':
    'Leading the Technician Commitment is advocacy; its action plan touches development and policy in part.',
  'governance-voice':
    'Representing technicians in governance is advocacy; the seat itself is scored from the answers (empowered removed).',
  'recognition-credit':
    'Championing recognition is advocacy; nothing in the words sets policy (policies removed).',
  'awards-visibility': 'Visibility through awards and events is advocacy.',
  'technician-network':
    'A collective voice is advocacy; a network is not a development route (development removed).',
  'sector-voice':
    'Representing the institution nationally is advocacy; bringing practice home supports skills in part (development removed).',
  'policy-influence': 'Influencing national policy is both advocacy and shaping policy.',
  'job-family':
    'Owning the job family is technical staff policy; fair evaluation supports development in part.',
  'promotion-policy':
    'A promotion policy is policy and opens development; progression supports the workforce in part.',
  'costing-policy': 'Setting costing policy is policy and sustains investment in technical time.',
  'equipment-sharing-policy': 'An access policy is policy about technical resources (investment).',
  'institution-policy':
    'Shaping institutional policies is the policies clause; alignment is not in the words (aligns removed).',
  'workload-model': 'A workload model is policy and sustains the workforce.',
  'workforce-plan':
    'Owning the workforce plan is workforce sustainability; it looks ahead and aligns in part.',
  apprenticeships: 'Trainee routes sustain the workforce and open development; skills in part.',
  'recruitment-retention': 'Recruitment and retention is workforce sustainability.',
  succession: 'Succession planning sustains the workforce; looks ahead in part.',
  'inclusive-workforce': 'Widening participation sustains the workforce; development in part.',
  'secure-contracts':
    'Fewer fixed-term contracts sustain the workforce; pooling roles is policy in part.',
  'skills-framework':
    'A skills framework is skills development; it looks ahead and supports development in part.',
  'training-budget':
    'Managing the training budget develops skills and gives access to development; holding the budget is scored from the answers (empowered removed).',
  registration: 'Professional registration is skills development; development routes in part.',
  'teaching-skills': 'Skills for supporting teaching; fellowship as development in part.',
  'digital-skills': 'Digital skills across the workforce; in step with change looks ahead in part.',
  'knowledge-sharing':
    'Communities of practice share skills; they are not a voice for technicians (advocates removed).',
  'equipment-investment':
    'Prioritising capital investment is the investment clause; “reflect institutional strategy” aligns in part (empowered removed).',
  'shared-facilities':
    'Shared core facilities and a register are investment in technical resources (aligns removed: the words are about equipment, not the workforce).',
  'cost-recovery':
    'Recovering technical costs sustains investment and the technicians it pays for.',
  'estates-input':
    '“Advise” shares the decision: investment and foresight in part only (was primary investment).',
  'funding-bids':
    'Leading bids for capital funding is investment; staffing in every case supports the workforce in part.',
  'environmental-sustainability':
    'Efficient use of equipment and materials touches investment in part; it sets no policy (was primary investment, policies removed).',
  'career-pathways': 'Career pathways are access to development; policy and workforce in part.',
  mentoring: 'Mentoring is a development route.',
  'ke-placements': 'Placements and secondments are development; skills in part.',
  'leadership-programmes': 'Leadership programmes are development; skills and workforce in part.',
  'appraisal-development':
    'An acted-on development plan for every technician is development; skills in part.',
  wellbeing:
    'Wellbeing and fair workloads support the workforce in part; they are not development (was primary development).',
  'facility-operations':
    'Running facilities day to day is operational: it evidences no clause of a strategic definition.',
  'safe-procedures':
    'Local procedures and risk assessments are operational, not institutional policy.',
  'compliance-inspections': 'Regulatory compliance of facilities is operational.',
  'facility-budget':
    'Managing a facility’s budget touches investment in part; its size is scored from the answers.',
  'user-charging': 'Charging to recover running costs sustains investment in part.',
  'equipment-maintenance': 'Maintenance keeps technical resources working: investment in part.',
  procurement: 'Buying within regulations is investment in part.',
  'facility-access': 'Booking, induction and priorities are operational.',
  'service-quality': 'Service quality and turnaround are operational.',
  'incident-response': 'Responding to incidents is operational.',
  'facility-continuity': 'Continuity plans for one facility look ahead in part.',
  'external-users': 'Income from external users sustains investment in part.',
  'stock-waste': 'Stock and waste are operational.',
  'practical-classes': 'Preparing practical classes is operational support for teaching.',
  'research-support':
    'Specialist support to projects is technical work, not leadership of the workforce.',
  'specialist-advice': 'Expert advice on techniques is technical work.',
  'team-management': 'Line management of one team supports the workforce in part.',
  'team-recruitment':
    'Recruiting to one team supports the workforce in part; the right to approve is scored from the answers.',
  'team-training': 'Training one team supports skills in part.',
  'team-careers': 'Supporting one team’s careers gives access to development in part.',
  'team-rota': 'Rotas and cover are operational.',
  'team-induction': 'Induction is operational.',
  'team-wellbeing': 'One team’s wellbeing and workload support the workforce in part.',
  'advise-executive': '“Advise” shares the decision: foresight and alignment in part only.',
  'advise-faculty': 'Advising faculty leadership on future needs is foresight in part.',
  'advise-committees': 'Advice to committees shapes policy in part only.',
  'advise-grant-costs': 'Advice on costing supports investment in part.',
  'advise-grading': 'Advice to HR on grading shapes policy in part only.',
  'space-planning': 'Planning space against expected demand: investment and foresight in part.',
  'infrastructure-plan':
    'Owning the institution’s long-term infrastructure plan is investment and anticipation.',
  'building-projects':
    'Leading the technical side of capital projects is investment in technical resources.',
  relocations: 'Moves of laboratories are operational.',
  'digital-infrastructure': 'Planning research computing with IT supports investment in part.',
  'faculty-technical-plan':
    'A faculty’s plan aligns, looks ahead and plans the workforce for one faculty: each in part, since the definition asks for the institution.',
  'faculty-one-service': 'One service across a faculty aligns and shares resources in part.',
  'local-technician-commitment': 'A faculty’s Technician Commitment actions are advocacy in part.',
  'team-voice': 'Speaking for one team is advocacy in part.',
  'common-standards': 'Agreeing standards with peers shapes policy and alignment in part.',
};

const names = (ids: readonly ClauseId[]) =>
  ids.length === 0 ? '—' : ids.map((id) => CLAUSES.find((c) => c.id === id)?.name ?? id).join('; ');

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The audit as a Markdown page. */
export function catalogueAuditMarkdown(): string {
  const rows = CATALOGUE.map(
    (entry) =>
      `| ${entry.id} | ${cell(entry.text)} | ${names(entry.primary)} | ${names(entry.secondary)} | ${cell(CATALOGUE_AUDIT[entry.id] ?? '')} |`,
  );
  return [
    '# Catalogue audit',
    '',
    'Every responsibility in the catalogue, its tags and why: a reviewer reading the responsibility alone should tag it the same way (issue 12). “Directly” adds 30 points to a clause, “in part” 12. No responsibility evidences “Empowered decision-maker”: authority does (seats, budget, rights, grade, reporting line), scored from the answers. Generated from `src/domain/catalogue-audit.ts` by `node scripts/catalogue-audit.mjs`.',
    '',
    `${CATALOGUE.length} responsibilities; ${CATALOGUE.filter((e) => e.primary.length === 0 && e.secondary.length === 0).length} evidence no clause, ${CATALOGUE.filter((e) => e.primary.length === 0 && e.secondary.length > 0).length} evidence clauses in part only.`,
    '',
    '| id | responsibility | evidences directly | in part | why |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
