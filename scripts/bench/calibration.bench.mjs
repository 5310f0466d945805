/**
 * The calibration set (issue 12): how far Keystone's scores agree with a sector expert's order
 * (Spearman's rho) and bands (share of roles given the expert's band).
 */
export async function run(ctx) {
  const { calibrate } = await ctx.loadTs('src/domain/calibration/calibrate.ts');
  const result = calibrate();
  const agreeing = result.rows.filter((row) => row.band === row.profile.expected).length;
  const rho = Math.round(result.spearman * 1000) / 1000;
  const bands = Math.round(result.bandAgreement * 1000) / 10;
  return {
    figures: { calibrationSpearman: rho, calibrationBandAgreementPercent: bands },
    lines: [
      `Calibration set: ${result.rows.length} roles; Spearman ${rho}; bands agree for ${agreeing} of ${result.rows.length} (${bands} %)`,
    ],
  };
}
