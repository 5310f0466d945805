/** Keystone's scores on the calibration set, against the sector expert's order and bands. */
import { scoreDraft } from '../score-draft';
import type { BandId } from '../scoring-rules';
import { calibrationDraft } from './calibration-draft';
import { CALIBRATION_PROFILES, type CalibrationProfile } from './calibration-profiles';
import { spearman } from './rank-agreement';

export interface CalibrationRow {
  profile: CalibrationProfile;
  overall: number;
  band: BandId;
}

export interface Calibration {
  rows: CalibrationRow[];
  /** Spearman's rho between the expert's order and Keystone's overall score. */
  spearman: number;
  /** Share of profiles (0–1) whose band Keystone gives as the expert does. */
  bandAgreement: number;
}

export function calibrate(
  profiles: readonly CalibrationProfile[] = CALIBRATION_PROFILES,
): Calibration {
  const rows = profiles.map((profile) => {
    const score = scoreDraft(calibrationDraft(profile));
    return { profile, overall: score.overall, band: score.band.id };
  });
  const agreeing = rows.filter((row) => row.band === row.profile.expected).length;
  return {
    rows,
    spearman: spearman(
      rows.map((row) => row.profile.order),
      rows.map((row) => row.overall),
    ),
    bandAgreement: rows.length === 0 ? 0 : agreeing / rows.length,
  };
}
