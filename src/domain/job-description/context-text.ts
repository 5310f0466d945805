/** The context paragraph: the institution, its technical community and the Technician Commitment. */
import { INSTITUTION_TYPES, NATIONS, type InstitutionType } from '../options';
import type { RoleDraft } from '../role-draft';
import { countOf, inSentence, institutionName } from './format';

/** What the technical community supports, by the kind of institution (a teaching-focused college is not "supporting research"). */
const SUPPORTS: Record<InstitutionType, string> = {
  'research-intensive': 'research, teaching and innovation',
  'broad-based': 'research, teaching and innovation',
  'teaching-focused': 'teaching, learning and the student experience',
  specialist: 'teaching, practice and research in its specialist fields',
};

export function contextSentences(draft: RoleDraft): string[] {
  const {
    institutionName: name,
    nation,
    institutionType,
    technicalCommunitySize,
    techCommitmentSignatory,
  } = draft.context;
  const who = institutionName(name);
  const lines: string[] = [];
  const kind = institutionType
    ? `${inSentence(INSTITUTION_TYPES.label(institutionType))} university`
    : 'university';
  const where = nation ? ` in ${NATIONS.label(nation)}` : '';
  const subject = who === 'the institution' ? 'The institution' : who;
  lines.push(`${subject} is a ${kind}${where}.`);
  if (technicalCommunitySize !== null) {
    lines.push(
      `Its technical community numbers about ${countOf(technicalCommunitySize, 'technician')}, supporting ${SUPPORTS[institutionType ?? 'broad-based']}.`,
    );
  }
  if (techCommitmentSignatory === true) {
    lines.push(
      'It is a signatory of the Technician Commitment, with its four pillars of visibility, recognition, career development and sustainability.',
    );
  } else if (techCommitmentSignatory === false) {
    lines.push('It is not yet a signatory of the Technician Commitment.');
  }
  return lines;
}
