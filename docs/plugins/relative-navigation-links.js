// @ts-check
// typedoc writes `navigationLinks` into every page as given, so a relative link such as
// `checker/index.html` is right only on pages at the site root and 404s from every subfolder. This
// plugin makes each such link relative to the page it is on, in the HTML itself, so the links work
// without JavaScript. Absolute links (https://…) are left alone.
import { PageEvent } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const depth = page.url.split('/').length - 1;
    if (depth === 0) return;
    const toRoot = '../'.repeat(depth);
    let contents = page.contents;
    for (const target of Object.values(app.options.getValue('navigationLinks'))) {
      if (/^[a-z][a-z0-9+.-]*:|^\//i.test(target)) continue;
      contents = contents.replaceAll(`href="${target}"`, `href="${toRoot}${target}"`);
    }
    page.contents = contents;
  });
}
