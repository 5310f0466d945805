/**
 * The words that say a sentence of a job description evidences a clause of the definition, as
 * data (like scoring-rules.ts). Each cue names its clause, how strongly it evidences it (direct,
 * or in part) and why, in words a user reads beside the sentence.
 *
 * How to read a pattern: a regular-expression source matched case-insensitively on whole words;
 * `NEAR` lets a few words sit between two parts ("equipment and facilities investment"). Spellings
 * are en-GB and en-US alike (`organi[sz]`, `programm?e?`, `labou?r`).
 * Verbs are written in every form a job description or an advert uses: present, -ing and past
 * ("leads", "leading", "led"), since adverts often say what the role has done.
 *
 * Tuned on the r, h, k, m and n sentences of the labelled set in tests/fixtures/role-sentences/,
 * labelled by the guide in its README; the p and q sentences kept aside are never read while tuning;
 * `npm run bench` reports precision and recall on both parts. Round 6 made the cues agree with
 * the guide where they had contradicted it (any "budget" read as investment, "strategic" alone
 * read as alignment, and the classes named in the comments below). What a sentence says by its structure (an
 * authority verb and its object, whatever the words between) is read from clause-structure.ts.
 */
import type { ClauseId } from '../definition';
import type { ClauseStrength } from './reading';

export interface ClauseCue {
  readonly clause: ClauseId;
  readonly strength: ClauseStrength;
  /** A pattern source, matched on whole words, case-insensitively. */
  readonly pattern: string;
  /** Why these words evidence the clause, shown beside the sentence. */
  readonly why: string;
}

/** Up to `n` words between two parts of a cue, within one clause of a sentence. */
const NEAR = (n: number): string => `(?:[\\s,/&-]+[\\p{L}\\p{N}’'()-]+){0,${n}}[\\s,/&-]+`;
const TECHNICIANS = `technic(?:ians?|al\\s+(?:staff|workforce|colleagues|communit(?:y|ies)|teams?|roles?|careers?|professionals?|employees))`;

/**
 * A budget of the unit or of its technical resources, in any wording (labelling guide G3): an
 * unnamed technical or unit budget, or one for equipment, facilities or technology, is investment
 * in them, whether the role holds it, prepares it or budgets for the unit. Not a training budget
 * (skills, G3), a staffing, course or supply budget (G3, G4), the institution's own budget, one the
 * role works within, monitors or spends against (G2), nor budget-setting or "budgetary planning"
 * named among other planning: none of those plans an investment in technical resources.
 */
const UNIT_BUDGET = `(?<!(?:training|course|supply|supplies|staffing|salary|pay|within|against|monitor(?:s|ed|ing)?|institution(?:’s|'s)?|university(?:’s|'s)?)\\s+(?:(?:the|a|an|its|their|established|prescribed|agreed|allocated)\\s+){0,2})budget(?:s|ing)?(?!\\s+(?:monitoring|expenditure))(?![- ]setting)|budgetary\\s+(?:control|responsibility)`;

export const CLAUSE_CUES: readonly ClauseCue[] = [
  // Empowered decision-maker (DOMAIN.md §1): a seat where decisions are made, a budget, sign-off.
  {
    clause: 'empowered',
    strength: 'direct',
    pattern: `member${NEAR(3)}(?:executive|(?:senior\\s+)?(?:leadership|management)\\s+(?:team|group)|management\\s+board)|(?:sits?|seat|serves?)\\s+on\\s+the${NEAR(2)}(?:executive|board|leadership\\s+team)`,
    why: 'A seat on the executive or leadership team is where decisions are made.',
    // Why any management team or group, not only a "senior" one: the guide counts a seat on a
    // management team as a seat where decisions are made (labelling guide G5).
  },
  // Why managing or being responsible for a budget and deciding: a managed budget is a delegated
  // budget and deciding is a decision right (labelling guide G1, G2); working within a budget or
  // monitoring it is not holding it.
  {
    clause: 'empowered',
    strength: 'direct',
    pattern: `budget[- ]holder|(?:holds?|own|owns|accountable\\s+for|accounts?\\s+(?:to|for)|control|manag(?:e|es|ed|ing)|responsible\\s+for|responsibility\\s+for)${NEAR(8)}(?<!(?:within|monitoring)\\s+(?:the\\s+|its\\s+|a\\s+)?)budgets?(?!\\s+monitoring)|accountable\\s+for\\s+the\\s+finances|take\\s+decisions|takes\\s+decisions|delegated\\s+(?:authority|budget|financial)|sign[- ]off|final\\s+(?:decisions?|say|authority)(?![- ]makers?)|decid(?:e|es|ed|ing)|authority\\s+to\\s+(?:approve|decide|commit|spend|sign|appoint|authori[sz]e|make${NEAR(2)}decisions)|decision[- ]making\\s+(?:authority|powers?)|(?:financial|spending|purchasing|signing|approval)\\s+(?:authority|limits?)|authori[sz]ed\\s+signatory|(?:make|makes|making|made|take|takes|taking)${NEAR(3)}decisions\\s+(?:on|about|over)${NEAR(3)}(?:staff|staffing|budgets?|resources|spend(?:ing)?|expenditure|investments?|equipment|space|facilities|allocations?|appointments|priorities)`,
    why: 'Holding a budget or the authority to sign off means the role decides, not only advises.',
    // Why the authority to make decisions, and making decisions on staffing or resources: the
    // decision right in the words grade profiles use ("has the authority to make independent
    // decisions", "makes informed decisions on staffing") (G1); making sound decisions in one's
    // own work names no right over anything. Why spending, purchasing or signing authority and an
    // authorised signatory: the delegation of financial authority in the words finance
    // regulations use (G1, G2).
  },
  // Why the past tense and "approval of": adverts say "has approved"; policies say "approval of".
  // Why policy and job families: approving them is a sign-off right as much as approving spending.
  {
    clause: 'empowered',
    strength: 'direct',
    pattern: `(?:approv(?:e|es|ed|ing|al\\s+of)|authori[sz](?:e|es|ed|ing|ation\\s+of))${NEAR(6)}(?:expenditure|spend(?:ing)?|recruitment|appointments?|business\\s+cases?|investment|purchases?|capital|regrading|promotions?|polic(?:y|ies)|job\\s+famil(?:y|ies))`,
    why: 'Approving spending, appointments, cases or policy is a decision right.',
  },
  // Why vice-president and chancellor: US reporting lines to the institution's head or an executive.
  // Why senior committees and boards: speaking or sitting there is a seat where decisions are made.
  // Why a pro-vice-chancellor of a faculty, and attending a named committee: the guide's reporting
  // lines and seats (G5). Why heading technical services, and not "in charge of", directing
  // operations or "strategic leadership" of anything: heading the technical services or
  // directorate is the post whose seat and sign-off the guide reads (G5), while managing or
  // directing a unit evidences nothing by itself (G7) and "strategic" alone is no authority;
  // directing and controlling keeps the authority verb (G1).
  // Why institution-wide decision-making, and not recommendations "to the final decision maker":
  // taking part in the institution's decisions is a share of the decision right, while advising
  // the one who decides is not deciding (labelling guide G1, G5).
  {
    clause: 'empowered',
    strength: 'in-part',
    pattern: `budgetary\\s+(?:control|responsibility)|overall\\s+control|report(?:s|ing)?\\s+(?:directly\\s+)?to\\s+the\\s+(?:\\p{L}+\\s+)?(?:vice[- ]chancellor|principal|president|vice[- ]president|chancellor|provost|(?:deputy|pro)[- ]vice[- ]chancellor|chief\\s+operating\\s+officer|registrar)|attend(?:s|ing)?${NEAR(6)}(?:council|executive|senate|court|committee)|(?:direct|directs|directing)\\s+and\\s+controls?|(?:strategic\\s+leadership|(?:lead|leads|leading|led|head|heads|heading|headed))${NEAR(3)}technical\\s+(?:services|operations|function|directorate)|key\\s+decisions?|(?<!(?:to|for)\\s+the\\s+(?:final\\s+)?)decision[- ]makers?|(?:institution|university|college|campus|organi[sz]ation)(?:al)?[- ]wide\\s+decision[- ]making|institutional\\s+decision[- ]making|senior\\s+(?:committees|boards)|(?:sits?|serves?|member)\\s+(?:on|of)\\s+the${NEAR(4)}(?:committee|senate|council|court)`,
    why: 'Managing a budget, chairing a group or heading technical services gives some authority, but the wording does not say the role decides.',
  },

  // Aligns the technical workforce with the institution's long-term goals.
  {
    clause: 'aligns',
    strength: 'direct',
    pattern: `technical\\s+(?:strategy|strategic\\s+plan|vision)|strategy\\s+for${NEAR(2)}technical|align(?:s|ing|ment|ed)?${NEAR(8)}(?:strateg(?:y|ies|ic)|goals|objectives|priorities|mission|plans?|institutional)|(?:institution|university|college)[- ]wide${NEAR(3)}technical|(?:one|single|unified|integrated)\\s+technical\\s+(?:service|community|workforce|function)|(?:goals|strategy|priorities)${NEAR(4)}technical\\s+workforce`,
    why: 'A technical strategy tied to the institution’s goals, or one technical service across the institution, is what aligning the workforce means.',
  },
  // Why the institution's (or college's) strategy and not "strategic" alone, nor a school's,
  // faculty's or department's strategy: alignment is technical work tied to the institution's
  // strategy, plan or objectives (labelling guide G16), and "strategic planning" for a school or
  // unit ties nothing to the institution's goals; campus-wide is the en-US institution-wide.
  // Why "strategic" beside the institution or a whole function, the institution's objectives and
  // leading the institution's technical services or roles across it: technical work tied to the
  // institution's plan or objectives, and a remit over its technical services and staff (G16).
  // Why "institution-wide" only beside a remit (technical services, staff, a function, a
  // strategy), and not work "across teaching and research", a "cross-faculty" group or "setting
  // direction" for a team: work that merely happens across the institution, and a team's
  // direction, evidence nothing for alignment (G16).
  // Why technical services, staff or recruitment across the University, and not work merely done
  // "across faculties" or "for all technical staff": the remit over the technical workforce is
  // what aligns (labelling guide G16); training or a budget offered to all is not.
  // Why grades, job families, role profiles and career frameworks across the whole institution:
  // they set the standards for technical roles across it, a remit over the technical workforce
  // (labelling guide G16, as settled before round 7), where "roles across teaching and research"
  // names no institution.
  // Why a function or service across the institution and plans "based on the university's goals":
  // the same remit and the same tie to the institution's goals in the words grade descriptions
  // use; "University-wide" decisions or policy are a seat or a policy, not a remit (G5, G10).
  {
    clause: 'aligns',
    strength: 'in-part',
    pattern: `(?:university|institution|institutional|corporate|college)(?:’s|'s)?\\s+(?:strategy|strategic)|strategic\\s+(?:direction|plans?|planning|objectives|goals|priorities|aims|road\\s*map|vision|framework|agenda)${NEAR(6)}(?:institution|university|college|organi[sz]ation|function)|(?:organi[sz]ational|institutional)\\s+(?:goals|objectives|priorities|mission)|(?:goals|objectives|mission|priorities)\\s+of\\s+the\\s+(?:institution|university|college|organi[sz]ation)|(?:lead|leads|leading|led|head|heads|heading|direct|directs|directing)\\s+(?:the\\s+)?(?:university|institution|college)(?:’s|'s)?\\s+technical\\s+(?:services|staff|workforce|operations|function)|all\\s+(?:the\\s+)?technical\\s+services|(?:consistent|coherent)\\s+technical\\s+services?|(?:institution|university|campus|organi[sz]ation)[- ]wide${NEAR(2)}(?:technical|services?|remit|responsibilit(?:y|ies)|functions?|staff|workforce|leadership|strategy)|cross[- ](?:institutional|university)\\s+(?:technical|services?|remit)|long[- ]term\\s+goals|(?:based\\s+on|in\\s+line\\s+with|consistent\\s+with|support(?:s|ing)?|serv(?:e|es|ing))${NEAR(2)}(?:the\\s+)?(?:university|institution|college)(?:’s|'s)?\\s+(?:goals|mission|strategy|strategic\\s+(?:plan|aims)|objectives|priorities)|(?:functional\\s+area|functions?|services?|remit)${NEAR(2)}(?:across|throughout)\\s+the\\s+(?:whole\\s+)?(?:institution|university|organi[sz]ation|college)|technical\\s+(?:services?|staff(?:ing)?|roles|recruitment|workforce|teams?)${NEAR(2)}(?:across|throughout)\\s+(?:the\\s+)?(?:whole\\s+)?(?:university|institution|college|organi[sz]ation)|(?:technical\\s+roles|grades|job\\s+famil(?:y|ies)|(?:role|job|grade)\\s+(?:profiles|descriptors)|(?:career|role|grade)\\s+frameworks?|range\\s+of\\s+roles)${NEAR(6)}(?:across|throughout)\\s+(?:the\\s+)?(?:whole\\s+)?(?:university|institution|college)|(?:frameworks?|job\\s+famil(?:y|ies))${NEAR(2)}for\\s+all\\s+(?:the\\s+)?(?:university|institution|college)(?:’s|'s)?\\s+technical`,
    why: 'A strategic or institution-wide remit supports aligning the technical workforce with the institution’s goals.',
  },

  // Anticipates future needs.
  {
    clause: 'anticipates',
    strength: 'direct',
    pattern: `horizon[- ]scan(?:ning)?|anticipat(?:e|es|ing|ion)|forecast(?:s|ing)?|future${NEAR(3)}(?:needs|requirements|demands?|skills|capacity|capabilit(?:y|ies)|technolog(?:y|ies)|workforce)|skills?[- ]gaps?|emerging\\s+(?:technolog(?:y|ies)|techniques|needs|trends|skills)|(?:long|medium)[- ]term\\s+(?:needs|requirements|plans?|planning)|scenario\\s+planning|fore(?:see|sees|seeing|sight)|long[- ]range|scan(?:s|ning)?\\s+the\\s+horizon|skills${NEAR(4)}(?:will|would)\\s+need|(?:\\d+|two|three|four|five|ten|twenty)[- ]years?${NEAR(2)}(?:plans?|strateg(?:y|ies)|forecasts?|programm?es?)|over\\s+(?:the\\s+next\\s+)?(?:\\d+|two|three|four|five|ten|twenty)\\s+years`,
    why: 'Horizon scanning, forecasting and skills-gap analysis are how a role anticipates future needs.',
  },
  // Why "scan the horizon", the skills people will need, plans over a number of years and future
  // needs three words away ("future teaching and research needs") (direct, above): the same look forward in other word orders (labelling guide G8, G14).
  // Why not identifying or assessing needs: today's needs evidence nothing (G14); a need is
  // anticipation only when it is the future's ("future needs", the direct cue).
  // Why planning ahead, long/medium term and the coming years: the same look forward in plainer words.
  // Why not "new equipment", "keeping up" or maintenance requirements: buying equipment is
  // investment, keeping one's own knowledge current is the person, and upkeep is today's need
  // (labelling guide G4, G14). Why not "long-term goals": the institution's goals are what a role
  // aligns with (G16), not a need it foresees.
  {
    clause: 'anticipates',
    strength: 'in-part',
    pattern: `(?:new|innovative)\\s+(?:technolog(?:y|ies)|methods)|(?:sector|technolog(?:y|ical))\\s+(?:trends|developments)|capacity\\s+planning|replacement\\s+(?:plan|planning|cycle|programm?e)|ahead\\s+of|(?:long|medium)[- ](?:term|range)(?!\\s+(?:goals|equipment))|plan(?:s|ned|ning)?${NEAR(3)}ahead|future[- ]proof(?:s|ed|ing)?|(?:next|coming)\\s+(?:\\p{L}+\\s+)?years|emerging\\s+(?:research|areas|fields|methods|requirements|priorities)`,
    why: 'Watching new techniques or identifying needs supports anticipating them, without saying the role plans ahead.',
  },

  // Advocates for technicians.
  {
    clause: 'advocates',
    strength: 'direct',
    pattern: `technician\\s+commitment|advoca(?:te|tes|ted|ting|cy)|voice\\s+(?:of|for)${NEAR(2)}${TECHNICIANS}|represent(?:s|ing|ation)?(?:\\s+(?:of|for))?${NEAR(2)}${TECHNICIANS}|(?:visibility|profile|recognition|recogni[sz](?:e|es|ing))${NEAR(3)}(?:of\\s+)?(?:the\\s+)?(?:${TECHNICIANS}|technical\\s+(?:contributions?|work|expertise))|champion(?:s|ed|ing)?${NEAR(3)}${TECHNICIANS}|(?:technician|technical)\\s+(?:voice|network|forum)|technicians?(?:’|')?s?(?:’|')?\\s+(?:network|voice|forum|conference)|(?:achievements?|contributions?)${NEAR(2)}(?:of\\s+)?(?:${TECHNICIANS}|technicians)|speak(?:s|ing)?\\s+(?:up\\s+)?for${NEAR(1)}${TECHNICIANS}|${TECHNICIANS}${NEAR(4)}(?:visible|recogni[sz](?:e|ed|ing|tion))`,
    why: 'Representing technicians, raising their visibility and recognition and leading the Technician Commitment are advocacy.',
  },
  // Why naming on outputs and authorship: recognition of technicians' work (labelling guide G15).
  // Why TALENT only as the programme or report's name: the cues match without case, and "talent"
  // alone is people in general ("the next generation of scientific talent"), not the programme.
  // Why recognition alone, HEaTED and the National Technician Development Centre: the recognition of
  // technicians and the bodies that work for it are what advocacy is about (centre/center alike).
  {
    clause: 'advocates',
    strength: 'in-part',
    pattern: `rais(?:e|es|ed|ing)${NEAR(2)}profile|named\\s+on${NEAR(2)}(?:outputs|papers|grants|publications)|authorship|celebrat(?:e|es|ed|ing)|recogni[sz]ed?\\s+for|recognition|technicians\\s+make\\s+it\\s+happen|TALENT\\s+(?:programm?e|report|commission|project)|(?:UK\\s*ITSS|Institute\\s+for\\s+Technical\\s+Skills|HEaTED|National\\s+Technician\\s+Development\\s+Cent(?:re|er)|NTDC)`,
    why: 'Raising a profile or working with the national technical bodies supports advocacy for technicians.',
  },

  // Shapes policies that affect technical staff and the wider organisation.
  // Why the past tense (shaped, drafted, led on) and grade structures, HERA and job evaluation: adverts
  // say what the role has done, and UK HE grades technical staff through HERA job evaluation.
  {
    clause: 'policies',
    strength: 'direct',
    pattern: `(?:develop(?:s|ed|ing)?|shap(?:e|es|ed|ing)|writ(?:e|es|ing)|wrote|written|draft(?:s|ed|ing)?|set(?:s|ting)?|approv(?:e|es|ed|ing)|formulat(?:e|es|ed|ing)|review(?:s|ed|ing)?|own(?:s|ed|ing)?|(?:lead(?:s|ing)?|led)\\s+on|influenc(?:e|es|ed|ing))${NEAR(5)}polic(?:y|ies)|polic(?:y|ies)[\\s-]+(?:development|making|formation)|job\\s+famil(?:y|ies)|grant[- ]costing|full\\s+economic\\s+cost(?:ing)?|\\bfEC\\b|(?:equipment|facilit(?:y|ies))[- ]sharing\\s+polic|(?:promotion|progression|grading|grade|pay)\\s+(?:criteria|framework|structures?|routes?|polic(?:y|ies))|\\bHERA\\b|job\\s+evaluation|pay\\s+and\\s+grading`,
    why: 'Writing or approving policy, job families, grading frameworks or grant-costing rules is shaping policy.',
  },
  // Why frameworks, profiles, descriptors and architectures of roles, careers and grades: a job
  // family in the words career frameworks and grade profiles use ("a career framework", "role
  // descriptors", "a technical role architecture", "a taxonomy of career pathways", "standardised
  // job titles", "a promotion pathway") is policy on grading and promotion (labelling guide G10,
  // G11), in whichever order the words come.
  {
    clause: 'policies',
    strength: 'direct',
    pattern: `(?:career|careers|role|job|grade|grading|band|progression)(?:[- ]based)?${NEAR(2)}(?:frameworks?|architectures?|taxonom(?:y|ies)|profiles|descriptors|titles?\\s+prefix(?:es)?)|(?:frameworks?|architectures?|taxonom(?:y|ies))${NEAR(10)}(?:careers?|roles|grades|bands?|levels|progression)|(?:job|role|grade)\\s+(?:profiles|descriptors)|profiles${NEAR(4)}(?:technical|technician)\\s+roles?|(?:progression|promotion)\\s+(?:to|into)\\s+(?:grade|level|band)|(?:standardi[sz](?:e|es|ed|ing)|consisten(?:t|cy))${NEAR(3)}(?:job|role)\\s+titles|promotion\\s+(?:pathways?|routes?|criteria|process|schemes?)`,
    why: 'Writing or approving a career framework, role profiles or grade descriptors is shaping policy on grading and progression.',
  },
  // Why setting standards or guidelines: the same shaping of rules, in part, where "policy" is unsaid.
  // Why "policy-making" with a hyphen: the hyphen joins the words, so "policy" alone is not matched.
  // Why "implements IT policies" counts for nothing: implementing, following, enforcing or
  // administering a policy, whatever its name, is not shaping it (labelling guide G12); nor is
  // ensuring that policies "are implemented" or "followed", the same compliance said after.
  // Why not explaining or communicating a policy, nor a facility's "operating policies": telling
  // others of a policy is liaison, and a facility's own operating rules are procedures (G10, as
  // settled before round 7).
  {
    clause: 'policies',
    strength: 'in-part',
    pattern: `(?<!(?:with|to|accordance\\s+with|adhere\\s+to|comply\\s+with|complies\\s+with)\\s+(?:the\\s+|all\\s+|relevant\\s+|university\\s+|institutional\\s+)*)(?<!(?:implement|implements|implementing|implemented|follow|follows|following|enforce|enforces|enforcing|administer|administers|administering|explain|explains|explaining|communicate|communicates|communicating)\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,4})(?<!operating\\s+)polic(?:y|ies)(?!${NEAR(4)}(?:are|is)\\s+(?:implemented|followed|applied|enforced|adhered))|(?:codes?\\s+of\\s+practice|standards?\\s+and\\s+procedures|governance\\s+framework)|(?:set(?:s|ting)?|develop(?:s|ed|ing)?|writ(?:e|es|ing)|draft(?:s|ed|ing)?)${NEAR(3)}(?:standards|guidelines)`,
    why: 'A sentence about policy or standards supports shaping policy, but the wording does not say the role writes it.',
  },

  // Strategic planning: workforce sustainability.
  {
    clause: 'workforce',
    strength: 'direct',
    pattern: `succession|retention|retain(?:s|ed|ing)?${NEAR(2)}(?:staff|talent|technicians|people)|apprentice(?:s|ships?)?|trainee(?:s|ships?)?|workforce\\s+(?:plan|plans|planning|model(?:l)?ing|sustainability|strategy|development)|early[- ]career\\s+(?:routes?|entry|schemes?|technicians?|pathways?)|recruitment${NEAR(2)}(?:strateg(?:y|ies)|plan|campaigns?)|(?:sustainab(?:le|ility))${NEAR(3)}(?:technical\\s+)?(?:workforce|staffing|careers|skills)|(?:technical\\s+)?(?:careers|workforce|staffing)${NEAR(2)}sustainab(?:le|ility)`,
    why: 'Succession, retention, apprenticeships and workforce planning are what workforce sustainability means.',
  },
  // Why turnover, vacancies, headcount, personnel, employees: the same staffing remit in other
  // words, and "personnel"/"employees" are how US postings name staff. Why allocating or deploying
  // staff, and not managing or supervising them: deploying staff between units shapes the
  // establishment, while every manager supervises a team (labelling guide G6, G7).
  // Why the next generation, careers others aspire to, work experience and talks for school pupils:
  // attracting future staff is recruitment (labelling guide G6).
  // Why interviewing and selecting staff: the steps of recruitment, in the words personnel duties
  // list ("interviewing, selecting, training"), in either order ("staff selection", "selection,
  // training and supervision of personnel").
  {
    clause: 'workforce',
    strength: 'in-part',
    pattern: `recruit(?:s|ed|ing|ment)?|hir(?:e|es|ed|ing)|staffing|turnover|vacanc(?:y|ies)|headcount|staff(?:ing)?\\s+levels|attract(?:s|ing)?${NEAR(3)}(?:technicians|staff|talent)|resourcing|workload|next\\s+generation\\s+of${NEAR(2)}(?:technicians|talent|scientists|engineers|staff)|aspir(?:e|es|ing)\\s+to${NEAR(2)}careers|attractive\\s+careers|work\\s+experience${NEAR(6)}(?:pupils|school|schools)|(?:talks|visits|outreach)${NEAR(6)}(?:schools|pupils)|interview(?:s|ed|ing)?${NEAR(3)}(?:select|appoint|hir|candidates)\\p{L}*|(?:select(?:s|ing)?|selection\\s+of)${NEAR(2)}(?:staff|candidates|technicians|personnel|employees)|(?:staff|personnel)\\s+selection|selection${NEAR(4)}of\\s+(?:staff|personnel)|(?:organi[sz]ational|team|service)\\s+(?:structure|design|review|restructur(?:e|ing))|restructur(?:e|es|ed|ing)|(?:allocat(?:e|es|ed|ing|ion)|deploy(?:s|ed|ing|ment)?)${NEAR(3)}(?:technicians|technical\\s+staff|staff|personnel)`,
    why: 'Recruiting or structuring a team supports workforce sustainability, without saying the role plans it.',
  },

  // Strategic planning: skills development.
  // Why the skills people will need and the sustainability of skills: planning the skills ahead is
  // skills development as much as anticipation (labelling guide G8).
  {
    clause: 'skills',
    strength: 'direct',
    pattern: `skills?${NEAR(1)}(?:framework|development|strategy|matrix|audit|programm?e|plans?|needs\\s+analysis)|training${NEAR(1)}(?:budgets?|strategy|programm?es?|plans?|needs|framework)|skills?[- ]gaps?|professional\\s+registration|(?:RSciTech|RSci|CSci|EngTech|IEng|CEng)|(?:Science|Engineering)\\s+Council|up-?skill(?:s|ing)?|re-?skill(?:s|ing)?|(?:continuing|continuous)\\s+professional\\s+development|chartered\\s+status|chartership|\\bCPD\\b|learning\\s+and\\s+development|skills${NEAR(4)}(?:will|would)\\s+need|(?:future|sustainab(?:le|ility))${NEAR(3)}(?:technical\\s+)?skills`,
    why: 'Skills frameworks, training programmes and professional registration are skills development.',
  },
  // Why instructing staff, students or users and an orientation for users: providing training
  // for others, in the words of equipment duties (labelling guide G9).
  // Why "induct" as well as "induction": recruiting and inducting staff is training them in
  // (labelling guide G9).
  // Why professional development and qualifications: adverts and US postings say "professional
  // development" where UK job families say "continuing professional development".
  {
    clause: 'skills',
    strength: 'in-part',
    pattern: `train(?:s|ing|ed)?|instruct(?:s|ed|ing|ion)?${NEAR(4)}(?:staff|students|users|researchers|colleagues|others)|orientation\\s+(?:for|of|to)|teach(?:es|ing)?\\s+(?:techniques|methods|skills|the\\s+use)|(?:giv(?:e|es|ing)|provid(?:e|es|ing)|arrang(?:e|es|ing)|offer(?:s|ing)?)${NEAR(3)}instruction|competenc(?:e|es|y|ies)|expertise${NEAR(3)}(?:develop|build|grow)|(?:develop|build|grow)(?:s|ing)?${NEAR(3)}(?:expertise|capabilit(?:y|ies)|skills)|induct(?:s|ed|ing|ion)?|accreditation|professional\\s+development|qualifications`,
    why: 'Training and building expertise support skills development.',
  },

  // Strategic planning: investment in technical resources.
  {
    clause: 'investment',
    strength: 'direct',
    pattern: `(?:equipment|instrument(?:s|ation)?|facilit(?:y|ies)|infrastructure|capital)${NEAR(3)}(?:investment|replacement|renewal|strategy|strategies|bids?|funding|programm?es?|planning)|invest(?:s|ing|ment)?${NEAR(4)}(?:equipment|facilit(?:y|ies)|infrastructure|technical\\s+resources|instruments?)|(?:equipment|facilit(?:y|ies))[- ]sharing|duplicat(?:e|ed|ion)|cost\\s+recovery|full\\s+economic\\s+cost(?:ing)?|recover(?:s|ing)?\\s+(?:the\\s+)?costs?|asset\\s+(?:register|management|strategy)|research\\s+infrastructure|(?:lead(?:s|ing)?|establish(?:es|ed|ing)?|designat(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing|ion)|creat(?:e|es|ed|ing)|set(?:s|ting)?\\s+up|expand(?:s|ed|ing)?|clos(?:e|es|ed|ing)|fund(?:s|ed|ing)?|business\\s+plan|new)${NEAR(3)}core(?:\\s+facilit(?:y|ies))?|core\\s+facilit(?:y|ies)\\s+(?:request|charging|business\\s+plan)|shared${NEAR(2)}(?:facilit(?:y|ies)|equipment|instrument(?:s|ation)?|resources|platforms?|space)|(?:space|facilit(?:y|ies)|equipment|instruments)\\s+shared\\s+with|(?:centrali[sz]ed|shared|common)\\s+access\\s+to${NEAR(2)}(?:equipment|instruments|facilit(?:y|ies))|(?:usage|user|access)\\s+(?:charges|fees|rates)|charging\\s+(?:model|rates?|polic(?:y|ies)|schemes?)|re-?charg(?:e|es|ed|ing)|billing|business\\s+cases?${NEAR(4)}(?:equipment|instrument(?:s|ation)?|facilit(?:y|ies)|infrastructure|capital|space)`,
    why: 'Equipment and facilities investment, shared facilities, less duplication and cost recovery are investment in technical resources.',
    // Why a core facility only where the role leads, founds, plans or charges for it, and not one
    // named in passing ("specialises in instruments in a core facility", "keeps the core
    // facility's equipment running"): work done in a facility, or its upkeep, is not investing in
    // it (labelling guide G4, G12). Why shared resources with words between, space shared with
    // other units, central access to equipment, user charges and billing: shared facilities and
    // charging for them in other words (G4).
  },
  // Why a unit's budget and not any "budget" (UNIT_BUDGET): the guide counts a budget as
  // investment only by what it is for (G3), and working within or monitoring one plans no
  // investment (G2); a seat on the estates committee is a seat, not its subject (G5). Why technical expenditure and grant costing: spending on technical
  // resources and costing them on grants (G4).
  // Why not upgrades, "capital" or "laboratory facilities" alone, nor business cases or shared
  // services of any kind: upgrading a service is upkeep (G12), a capital project or a case is
  // investment only where it is for equipment, facilities or infrastructure (G4), and shared
  // services (HR, finance) are not shared facilities. Why not grant or funding applications:
  // research funding is not a capital or infrastructure bid (G4); those are the direct cue's.
  // Why utilisation, efficient use and fiscal: en-GB and en-US postings
  // name the same stewardship of resources in these words ("equipment utilization", "fiscal management").
  // Why selecting and ordering equipment, and a unit's space or facility needs: choosing equipment
  // purchases and planning facilities (G4), however long the list between.
  // Why obtaining or acquiring equipment and a unit's finances: buying equipment is a purchase (G4),
  // and the finances of a unit are its budget, unnamed (G3).
  {
    clause: 'investment',
    strength: 'in-part',
    pattern: `${UNIT_BUDGET}|(?:technical|capital|equipment)\\s+expenditure|grant[- ]costing|(?<!(?:build|builds|building|built|design|designs|designing|install|installs|installing|construct|constructs|fabricate|fabricates|test|tests)\\s+(?:\\p{L}+\\s+){0,3})(?:new|future)${NEAR(1)}equipment|equipment${NEAR(1)}(?:needs|requirements|renewal|replacement)|replacement\\s+cycle|sharing\\s+equipment|(?<!(?:monitor(?:s|ing)?|check(?:s|ing)?|process(?:es|ing)?)\\s+(?:the\\s+)?)procure(?:ment|s)?|purchas(?:e|es|ing)|(?:obtain(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|acquisition\\s+of|buy(?:s|ing)?)${NEAR(3)}(?:equipment|instruments?|instrumentation|hardware)|select(?:s|ing)?(?:,|\\s+and)\\s+order(?:s|ing)?${NEAR(6)}(?:equipment|instruments)|(?:space|facilit(?:y|ies))\\s+needs|(?:accountable|responsible)\\s+for\\s+the\\s+finances|stewardship\\s+of${NEAR(3)}(?:finances|resources)|(?:equipment|instruments?)\\s+(?:register|inventory)|(?:equipment|instrument|facilit(?:y|ies)|asset|space)\\s+utili[sz]ation|efficient(?:ly)?\\s+use|used\\s+efficiently|fiscal\\s+(?:management|resources|planning|oversight)|estates\\s+(?:strategy|plan|projects)|refurbish(?:ment|ing)?|renovation|infrastructure\\s+projects|improvements?\\s+(?:of|to)\\s+(?:the\\s+)?facilit(?:y|ies)|income|value\\s+for\\s+money|capital\\s+(?:projects?|works)|laborator(?:y|ies)\\s+(?:space|design)`,
    why: 'Budgets, purchasing and equipment support investment in technical resources, without saying the role plans the investment.',
  },

  // Ensures technicians have access to meaningful development opportunities.
  {
    clause: 'development',
    strength: 'direct',
    pattern: `careers?${NEAR(1)}(?:paths?|pathways?|progression|development|routes?|frameworks?|opportunit(?:y|ies)|ladders?)|mentor(?:s|ed|ing|ship)?|progression|to\\s+progress|routes?\\s+onwards?|leadership\\s+(?:programm?es?|development)|knowledge[- ]exchange\\s+placements?|secondments?|development\\s+opportunit(?:y|ies)|Herschel|talent\\s+(?:development|management|pipeline)`,
    why: 'Career pathways, mentoring, progression and leadership programmes are meaningful development opportunities.',
  },
  // Why performance and development, evaluations and "development of all technicians": the words
  // grade descriptions use for appraising and developing people ("manages their performance and
  // development", "writes evaluations") (labelling guide G7).
  // Why not "careers" alone: the guide counts development only where the sentence names
  // progression, promotion or routes onward, or develops people (labelling guide G7, G11); policy
  // on careers is policy, attractive careers are recruitment and advocating careers is advocacy.
  // Why performance evaluations and appraisals: the same appraising of people in US wording (G7).
  {
    clause: 'development',
    strength: 'in-part',
    pattern: `apprais(?:al|als)|(?:staff\\s+)?development\\s+review|staff\\s+development|promotions?|regrading|\\bPDRs?\\b|performance\\s+(?:reviews?|development|management|evaluations?|appraisals?)|(?:performance|appraisals?)\\s+and\\s+(?:their\\s+)?development|evaluat(?:e|es|ed|ing|ions?)${NEAR(3)}performance|evaluat(?:e|es|ing)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?(?:staff|technicians|assistants|employees|personnel|team)|(?:writ(?:e|es|ing)|conduct(?:s|ing)?)\\s+(?:staff\\s+|performance\\s+|annual\\s+)?evaluations|(?:leadership|development)\\s+(?:and\\s+development\\s+)?of${NEAR(3)}(?:technicians|staff)(?![\\s-]+polic)|personal\\s+development|coach(?:es|ing)?|develop(?:s|ed|ing)?${NEAR(2)}(?:staff|technicians|people|(?:a|the)\\s+team|teams|colleagues)|(?:motivat|empower)(?:e|es|ing)${NEAR(2)}(?:staff|technicians|teams?)`,
    why: 'Appraisal, coaching and developing staff support access to development, without naming routes onward.',
  },
];

/**
 * Sentences that describe the person, not the role ("Experience of managing budgets"): a person
 * specification asks for evidence of a candidate, so its words do not evidence the role's clauses.
 * Why the wider openers: adverts and US postings ask for the person in other words too ("Five
 * years' experience…", "Bachelor's degree in…", "You will have…", "The successful candidate will
 * bring…", "Proficiency in…", "Membership of a professional body", "Has experience in…"); "You will
 * lead…" stays a duty.
 */
export const PERSON_SPEC_OPENERS = `^(?:(?:(?:has|have|having)\\s+)?(?:(?:significant|substantial|proven|demonstrable|demonstrated|extensive|considerable|relevant|previous|excellent|strong|good|sound|detailed|in-depth|evidence\\s+of|a\\s+track\\s+record\\s+of|track\\s+record\\s+of|an?)\\s+)*(?:experience|knowledge|understanding|ability|skills?|degree|qualifications?|educated|able|commitment\\s+to|awareness|track\\s+record|evidence|flexib\\p{L}*|willing|excellent|strong|proficien\\p{L}*|familiar\\p{L}*|working\\s+knowledge|bachelor|master(?:’|')?s|ph\\.?\\s?d|doctorate|membership\\s+of|eligib\\p{L}*)|(?:a\\s+)?minimum\\s+of|at\\s+least\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\+?\\s+years?\\b|must\\s+(?:have|possess|hold|be\\s+able)|you\\s+(?:will|should|must)\\s+(?:have|possess|hold|bring|be\\s+able)|(?:the\\s+)?(?:(?:successful|ideal)\\s+)?(?:candidate|applicant)s?\\s+(?:will|should|must)\\s+(?:have|possess|hold|bring|be\\s+able))\\b`;

/**
 * The post holder's own learning ("keeps up professional development", "acquires new skills
 * through training", "attends a society's meeting each year for training"): it evidences no
 * skills development of others (labelling guide G9, G14), so the skills cues count for nothing.
 */
export const OWN_LEARNING = `keep(?:s|ing)?\\s+up${NEAR(3)}(?:development|training|competenc\\p{L}*|skills)|(?:acquir(?:e|es|ing)|maintain(?:s|ing)?|updat(?:e|es|ing))\\s+(?:(?:their|his|her|own|new)\\s+)*(?:skills|competenc\\p{L}*)|attend(?:s|ing)?${NEAR(8)}for\\s+(?:training|professional\\s+development)|(?:their|his|her)\\s+own\\s+(?:professional\\s+)?(?:development|training|learning)`;

/** Headings under which sentences describe the person, not the role. */
export const PERSON_SPEC_HEADINGS =
  "person\\s+specification|essential|desirable|qualifications|experience|skills\\s+and|knowledge|selection\\s+criteria|competenc|about\\s+you|the\\s+(?:ideal\\s+)?(?:candidate|person)|what\\s+we(?:’|')?re\\s+looking\\s+for|what\\s+we\\s+are\\s+looking\\s+for|(?:minimum|required|preferred)\\s+requirements";

/**
 * Words that take a duty away from the role just before a cue ("The post has no budgetary
 * responsibility", "does not include line management"): the cue then evidences nothing. Kept
 * narrow on purpose: a bare "no" or "not" often belongs to the duty itself ("so that equipment
 * is not duplicated" is investment), so only a role that has, holds or carries none counts.
 * Matched on the words before the cue, up to three words away.
 */
export const NEGATION_BEFORE = `(?:\\b(?:has|have|holds?|carr(?:y|ies)|with|there\\s+is)\\s+no|\\b(?:does|do|will)\\s+not\\s+(?:have|hold|carry|include|involve|manage)|\\bnot\\s+(?:responsible|accountable)\\s+for|^\\s*no)(?:[\\s,]+[\\p{L}\\p{N}’'-]+){0,3}[\\s,]+$`;
