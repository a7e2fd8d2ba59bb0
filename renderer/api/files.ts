// A finished download the browser host serves once (GET /api/files/<ticket>): the browser
// saves it as a file, straight from the host to disk, never through the page's memory.
export function saveServedFile(fetchPath: string, fileName: string): void {
  if (!fetchPath.startsWith('/api/files/')) return;
  const link = document.createElement('a');
  link.href = fetchPath;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
