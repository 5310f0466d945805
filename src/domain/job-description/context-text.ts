/** The context paragraph: the institution, its technical community and the Technician Commitment. */
import { INSTITUTION_TYPES, NATIONS } from '../options';
import type { RoleDraft } from '../role-draft';
import { countOf, inSentence, institutionName } from './format';

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
      `Its technical community numbers about ${countOf(technicalCommunitySize, 'technician')}, supporting research, teaching and innovation.`,
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
