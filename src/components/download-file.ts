/**
 * Saves bytes as a file through a temporary link: works from file:// in the offline build and
 * asks nothing of the network.
 */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Note: revoked on the next task, after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a UTF-8 file of the given media type (JSON unless told otherwise). */
export function downloadText(text: string, fileName: string, type = 'application/json') {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
