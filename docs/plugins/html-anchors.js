// @ts-check
// typedoc checks every `page.md#anchor` link against the anchors of the page's headings only. The
// generated reference pages also mark table rows with HTML anchors (`<a id="source-cfr-42-410-43">`
// on the sources page) so that other pages can link to a single row. Asking a page's slugger for a
// slug of an id registers that id as an anchor of the page, so this plugin does so for every such
// anchor before rendering: links to them are then checked like any other instead of reported broken.
import { ReflectionKind, RendererEvent } from 'typedoc';

const HTML_ANCHOR = /<a id="([^"]+)"><\/a>/g;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    const router = app.renderer.router;
    if (router === undefined) return;
    for (const document of event.project.getReflectionsByKind(ReflectionKind.Document)) {
      if (!('content' in document) || !Array.isArray(document.content)) continue;
      const text = document.content.map((part) => part.text).join('');
      for (const [, id] of text.matchAll(HTML_ANCHOR)) {
        const slug = router.getSlugger(document).slug(id ?? '');
        if (slug !== id) app.logger.warn(`${document.name}: the HTML anchor "${id}" is not a valid typedoc anchor ("${slug}").`);
      }
    }
  });
}
