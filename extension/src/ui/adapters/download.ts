/**
 * Saves a text as a file through the browser's own download: a Blob behind an object URL, clicked through a
 * temporary <a download>. No downloads permission and nothing leaves the machine.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started from the click; a moment later the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
