/** Loads the address now shown as a document, from the server (or the service worker). */
export function loadDocument(): void {
  window.location.reload();
}
