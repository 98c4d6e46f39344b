// typedoc writes navigation links unchanged into pages at every folder depth, so a relative link to
// the schedule checker only works from the site root. Every page carries its path to the root on
// <html data-base>: point the checker link through it.
const siteRoot = document.documentElement.dataset.base ?? './';
for (const link of document.querySelectorAll('a[href="checker/index.html"]')) {
  link.setAttribute('href', `${siteRoot}checker/index.html`);
}
