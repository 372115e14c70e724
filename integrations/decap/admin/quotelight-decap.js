// Quotelight in Decap CMS: a preview template that marks every quote, its
// speaker and their title in the entry's preview as the editor types, with
// the speaker panel beside the text.
//
//   import { registerQuotelightPreview } from './quotelight-decap.js';
//   registerQuotelightPreview(window.CMS, { collections: ['posts'] });
//
// Decap renders the preview in iframe#preview-pane (built from srcdoc, so
// relative URLs resolve against the admin page). Highlight registries and
// custom-element registries are per document, so the embed is loaded *into*
// that document: its <quote-light> element then annotates the article there
// and re-annotates (debounced) whenever React rebuilds the text nodes.

const SCRIPT_ATTR = 'data-quotelight-embed';
const ARTICLE_ID = 'quotelight-article';

/** Loads the embed module into the preview's document, once per document. */
export function ensureEmbed(doc, embedUrl) {
  if (!doc?.head || doc.head.querySelector(`script[${SCRIPT_ATTR}]`)) return;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = embedUrl;
  script.setAttribute(SCRIPT_ATTR, '');
  doc.head.append(script);
}

/**
 * Registers the preview template for each collection. Options:
 * - `collections`: collection names (default `['posts']`)
 * - `title`, `body`: the entry fields shown as headline and article (default 'title', 'body')
 * - `embedUrl`: where quotelight.js is (default `/quotelight/quotelight.js` on this site)
 * - `styleUrl`: the preview's layout CSS (default quotelight-preview.css next to this file; null: none)
 * - `indirect`: false to leave out reported speech
 */
export function registerQuotelightPreview(CMS, options = {}) {
  const {
    collections = ['posts'],
    title = 'title',
    body = 'body',
    embedUrl = new URL('/quotelight/quotelight.js', document.baseURI).href,
    styleUrl = new URL('quotelight-preview.css', import.meta.url).href,
    indirect = true,
  } = options;
  const h = window.h;
  const createClass = window.createClass;
  if (!CMS || typeof h !== 'function' || typeof createClass !== 'function') {
    throw new Error('quotelight: load decap-cms.js (which defines CMS, h and createClass) before registering the preview');
  }
  const url = new URL(embedUrl, document.baseURI).href;

  const Preview = createClass({
    componentDidMount() { ensureEmbed(this.props.document, url); },
    componentDidUpdate() { ensureEmbed(this.props.document, url); },
    render() {
      const { entry, widgetFor } = this.props;
      const headline = entry.getIn(['data', title]);
      const panel = { for: ARTICLE_ID };
      if (!indirect) panel.indirect = 'false';
      return h('div', { className: 'quotelight-preview' },
        h('article', { id: ARTICLE_ID, className: 'quotelight-preview__article' },
          headline ? h('h1', null, headline) : null,
          widgetFor(body)),
        h('aside', { className: 'quotelight-preview__panel', 'aria-label': 'Quotelight' },
          h('quote-light', panel)));
    },
  });

  if (styleUrl) CMS.registerPreviewStyle(styleUrl);
  for (const name of collections) CMS.registerPreviewTemplate(name, Preview);
}
