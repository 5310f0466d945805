/**
 * The labelled test set for the wording checks (issue 15): sentences from real UK university
 * job descriptions, job-family descriptors and adverts (adapted lightly; source on each), the
 * seed articles and the definition, and sentences written for the purpose ("own"). Each carries
 * the findings a careful HR reviewer would raise, by rule, and whether it is a duty the role is
 * meant to hold (read for grading strength). `npm run bench` reports precision and recall on it;
 * wording-quality.test.ts holds them.
 */
import type { RuleId } from '../../../src/domain/wording-checks/finding';

export interface LabelledSentence {
  readonly text: string;
  /** A duty the strategic technical leader is meant to hold. */
  readonly duty: boolean;
  readonly expect: readonly RuleId[];
  readonly source: string;
}

const STRATHCLYDE =
  'https://studylib.net/doc/18064197/job-level-descriptors---university-of-strathclyde';
const NOTTINGHAM = 'https://studylib.net/doc/18743282/technical-services-job-family';
const ST_ANDREWS =
  'https://www.st-andrews.ac.uk/hr/gradingrewardandconditions/jobfamiliesgenericroledescriptors/technicaljobfamily/';
const BRISTOL = 'https://bristol.ac.uk/hr/grading/professional-services-staff/TechGen.html';
const JOBZILLA = 'https://www.jobzilla.ng/technical-manager-job-description';
const UDICT =
  'https://udictionaryblog.com/2017/11/27/office-talk-english-recruitment-advertisements/';
const EXETER =
  'https://mycareerzone.exeter.ac.uk/Employers/Vacancy_Inputting_Guidelines/Avoiding_Discrimination/Language_Skills.chpx';
const LEVEL_A =
  'https://studylib.net/doc/18560401/specialist--technical-and-professional-services-family';
const HE_FAMILIES = 'https://docest.com/higher-education-job-families-summary';
const SEED_000 = 'seed 000: Harris and Noke, “We need strategic technical leaders”, Wonkhe';
const SEED_003 = 'seed 003: Unite, “Technicians in Higher Education”';
const DEFINITION = 'src/domain/definition.ts (the report’s definition and clauses)';
const CATALOGUE = 'src/domain/catalogue.ts (Keystone’s own statements)';
const OWN = 'own';

const s = (
  text: string,
  expect: readonly RuleId[],
  source: string,
  duty = false,
): LabelledSentence => ({
  text,
  duty,
  expect,
  source,
});
const d = (text: string, expect: readonly RuleId[], source: string): LabelledSentence =>
  s(text, expect, source, true);

export const LABELLED_SENTENCES: readonly LabelledSentence[] = [
  // Duties: strength for grading.
  d('Supports the Head of School in setting technical priorities.', ['shared-responsibility'], OWN),
  d(
    'Assist the Director in preparing the annual technical budget.',
    ['shared-responsibility'],
    OWN,
  ),
  d(
    'Contribute to the development of the faculty’s technical strategy.',
    ['shared-responsibility'],
    OWN,
  ),
  d(
    'Responsible for health and safety across the technical estate.',
    ['shared-responsibility'],
    OWN,
  ),
  d('Helps to plan the replacement of capital equipment.', ['shared-responsibility'], OWN),
  d(
    'Participate in institutional committees on research infrastructure.',
    ['shared-responsibility'],
    OWN,
  ),
  d('Provide input into the recruitment of technical staff.', ['shared-responsibility'], OWN),
  d(
    'Liaise with academic staff over teaching laboratory needs.',
    ['shared-responsibility'],
    NOTTINGHAM,
  ),
  d(
    'Provides general support activities in own work area, assisting senior colleagues.',
    ['shared-responsibility'],
    NOTTINGHAM,
  ),
  d(
    'Lead the technical strategy for the institution and report on it to the executive board.',
    [],
    CATALOGUE,
  ),
  d('Own the technical workforce plan and its yearly review.', [], CATALOGUE),
  d('Approve capital spending on technical equipment within delegated limits.', [], OWN),
  d('Decide the allocation of technical staff across faculties.', [], OWN),
  d('Champion technicians’ careers through the Technician Commitment.', [], CATALOGUE),
  d('Sets the direction for technical services across all sites.', [], OWN),
  d(
    'Establish and implement training processes and strategies for all technical personnel.',
    [],
    JOBZILLA,
  ),
  d(
    'Assign and oversee the daily tasks of technical staff against agreed milestones.',
    [],
    JOBZILLA,
  ),
  d('Hold regular technical team meetings to review progress on projects.', [], JOBZILLA),
  d(
    'Research and evaluate equipment options and weigh the costs and benefits of large purchases.',
    [],
    JOBZILLA,
  ),
  d('Recruit and train technical staff to fill vacant posts.', [], JOBZILLA),
  d(
    'Supporting the Pro-Vice-Chancellor for Research on the institution’s infrastructure plan.',
    ['shared-responsibility'],
    OWN,
  ),
  d('Is responsible for the technical services budget of £2m.', ['shared-responsibility'], OWN),
  d('Accountable for the safe running of all teaching laboratories.', [], OWN),
  d('Authorise purchases above £25,000 on behalf of the faculty.', [], OWN),
  d('Directs the work of five technical managers.', [], OWN),
  d('Operates simple machinery and equipment under supervision.', [], NOTTINGHAM),
  d('Carries out basic equipment maintenance.', [], NOTTINGHAM),
  d('Communicate problems or difficulties to a supervisor or manager.', [], LEVEL_A),
  d('Leads the faculty’s response to the Technician Commitment action plan.', [], OWN),
  d(
    'Contributes to the university’s sustainability plan for research equipment.',
    ['shared-responsibility'],
    OWN,
  ),
  d('Manage the technical team budget and report on spend each quarter.', [], OWN),
  d('Works with the Estates team to plan new laboratory space.', [], OWN),
  d('Advocate for technical staff on the University Executive Board.', [], OWN),
  d('Shape the policies that affect technical staff across the institution.', [], DEFINITION),
  d('Helping academic colleagues to design practical classes.', ['shared-responsibility'], OWN),
  // Plain English.
  d(
    'Leverage synergies across the faculties to drive forward technical excellence.',
    ['jargon', 'jargon', 'jargon'],
    OWN,
  ),
  d(
    'Utilise the equipment booking system in order to maximise use of shared facilities.',
    ['jargon', 'jargon'],
    OWN,
  ),
  s('Budgets are approved by the Faculty Executive each spring.', ['passive'], OWN),
  s(
    'The technical strategy was written by a working group of senior technicians.',
    ['passive'],
    OWN,
  ),
  s('Training is delivered to all new technical staff in their first month.', ['passive'], OWN),
  s('The post holder is based in the Faculty of Engineering.', [], OWN),
  s('Applicants should be qualified to degree level or have equivalent experience.', [], OWN),
  s(
    'The post holder will be expected to work across a range of laboratories, workshops and teaching spaces in several buildings on two campuses, and to cover for colleagues during periods of leave, sickness and high demand at the start of each term.',
    ['long-sentence'],
    OWN,
  ),
  s(
    'Post holders at this level require formal training to have sufficient knowledge and skills to operate simple technical equipment, accurately monitor stock supplies and carry out straightforward maintenance of specialist equipment in the laboratory.',
    ['long-sentence'],
    STRATHCLYDE,
  ),
  s(
    'Post holders have to prioritise their tasks to provide an effective technical support service.',
    [],
    STRATHCLYDE,
  ),
  s('Ensure compliance with COSHH regulations in all laboratories.', ['acronym'], OWN),
  s('Maintain the LIMS and train users on it.', ['acronym'], OWN),
  s(
    'Report to the Health and Safety Executive (HSE) when required; keep HSE guidance to hand.',
    [],
    OWN,
  ),
  s('Represent technicians on the UK ITSS network.', [], OWN),
  s('Hold a PhD in a relevant subject or equivalent experience.', [], OWN),
  s('Touch base with each technical lead every week.', ['jargon'], OWN),
  s('Commence the annual equipment audit in October.', ['jargon'], OWN),
  s('Produce deliverables to agreed timescales.', ['jargon'], OWN),
  s('Prior to the start of term, check every fume cupboard.', ['jargon'], OWN),
  s('Technicians are critical to teaching, research and innovation.', [], SEED_000),
  s(
    'Technicians are widely recognised as vital to the success of universities.',
    ['passive'],
    SEED_003,
  ),
  s('The technical portfolio is integrated at executive level.', ['passive'], SEED_000),
  s(
    'Roles in this family focus on technical, IT and scientific support to research and teaching.',
    [],
    ST_ANDREWS,
  ),
  s(
    'At higher levels, roles involve specialised technical advice or managerial responsibility for a technical service.',
    [],
    ST_ANDREWS,
  ),
  s('The generic job title should be retained for advertising.', ['passive'], BRISTOL),
  s(
    'The generic elements of the role define the broad job title, level of activity and experience required.',
    [],
    BRISTOL,
  ),
  s(
    'Role profiles describe the duties which may be expected at each grade.',
    ['passive'],
    HE_FAMILIES,
  ),
  s('Each grade includes all the responsibilities of the grade below.', [], HE_FAMILIES),
  s('We are a world-class university with a vibrant research culture.', ['jargon'], OWN),
  s('Going forward, the post holder will manage the new imaging suite.', ['jargon'], OWN),
  s('Facilitate workshops on technical careers.', ['jargon'], OWN),
  // Inclusive language.
  s(
    'We are looking for an aggressive, competitive self-starter.',
    ['gender-coded', 'gender-coded'],
    OWN,
  ),
  s('The ideal candidate is assertive and ambitious.', ['gender-coded', 'gender-coded'], OWN),
  s('A decisive manager who thrives under pressure.', ['gender-coded'], OWN),
  s('You will be a nurturing presence for junior technicians.', ['gender-coded'], OWN),
  s('We offer a competitive salary and generous pension.', [], OWN),
  s('Strong leadership of a diverse technical team.', [], OWN),
  s('An empowered decision-maker on the University Executive Board.', [], DEFINITION),
  s('Champion the Technician Commitment across the institution.', [], CATALOGUE),
  s('Strong, diverse and skilled leadership to drive change is essential.', [], SEED_000),
  s('Lead the technical community with confidence and integrity.', [], OWN),
  s('Excellent interpersonal and communication skills.', [], OWN),
  s('Committed to equality, diversity and inclusion.', [], OWN),
  s('Native English speaker essential.', ['exclusionary'], EXETER),
  s('Join our young and dynamic team.', ['exclusionary'], OWN),
  s('Suitable for a recent graduate.', ['exclusionary'], OWN),
  s('Must be able to lift 25 kg and stand for long periods.', ['exclusionary'], OWN),
  s(
    'You will need a full driving licence and your own car.',
    ['exclusionary', 'exclusionary'],
    OWN,
  ),
  s('The chairman of the committee signs off all purchases.', ['exclusionary'], OWN),
  s(
    'Each technician should discuss his or her training needs with a manager.',
    ['exclusionary'],
    OWN,
  ),
  s('He or she will report to the Director of Technical Services.', ['exclusionary'], OWN),
  s('We are looking for a good culture fit.', ['exclusionary'], OWN),
  s('Plan manpower for the summer shutdown.', ['exclusionary'], OWN),
  s('Run a quick sanity check on the results.', ['exclusionary'], OWN),
  s('Fluent in English, written and spoken.', [], OWN),
  s('Able to travel between our three campuses.', [], OWN),
  s('Minimum of 5 years’ experience managing technical teams.', ['needless-years'], OWN),
  s(
    'At least 10 years of relevant experience in a university laboratory.',
    ['needless-years'],
    OWN,
  ),
  s('We’ll require two years’ experience.', ['needless-years'], UDICT),
  s('A degree in engineering is essential.', ['needless-degree'], OWN),
  s('We will require a four-year degree, preferably in marketing.', ['needless-degree'], UDICT),
  s('A relevant degree or equivalent experience.', [], OWN),
  s('A PhD in chemistry.', ['needless-degree'], OWN),
  s('Substantial experience of managing technical teams in higher education.', [], OWN),
  s('Experience of leading change in a complex organisation.', [], OWN),
  s(
    'The person needs to be outgoing, good at organising themselves and able to work independently.',
    [],
    UDICT,
  ),
  s(
    'Post holders require a minimum of one year’s relevant work experience, or equivalent.',
    ['needless-years'],
    STRATHCLYDE,
  ),
  s(
    'Jobs at this level work as part of a team to provide technical support to staff and students.',
    [],
    NOTTINGHAM,
  ),
  // UK spelling.
  s('Organize the annual technical conference.', ['us-spelling'], OWN),
  s('Prioritize maintenance requests by risk.', ['us-spelling'], OWN),
  s('Manage the technician training program.', ['us-spelling'], OWN),
  s('Analyze equipment usage across the center.', ['us-spelling', 'us-spelling'], OWN),
  s('Maintain the catalog of shared equipment.', ['us-spelling'], OWN),
  s('Keep the computer program for stock control up to date.', [], OWN),
  s('Organise the annual technical conference.', [], OWN),
  s('Recognise the contribution of technicians to research.', [], OWN),
  s('Realize savings through shared facilities.', ['us-spelling'], OWN),
  s('The size of the team will grow.', [], OWN),
  s('Improve the behavior of the booking system.', ['us-spelling'], OWN),
  s('Work with the World Health Organization on laboratory standards.', [], OWN),
];
