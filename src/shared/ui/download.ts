/** Saves a Blob as a file through an <a download>; nothing leaves the device. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next turn: Chromium and Firefox start the download from the click itself.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
