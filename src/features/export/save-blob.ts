/**
 * Saves bytes as a file through a temporary link: works from file:// in the offline build and
 * asks nothing of the network.
 */
export function saveBlob(blob: Blob, fileName: string) {
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
