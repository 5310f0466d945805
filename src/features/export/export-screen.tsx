/** Mount point: replaced by the feature's own screen. */
export function ExportScreen() {
  return null;
}
