// Adds CSS to a document or shadow root without a <link> or inline <style>
// where possible, so it works under a strict Content-Security-Policy.

/** Adopts `css` into `target` (a document or shadow root); falls back to a <style> element. */
export function adopt(target, css) {
  const view = (target.ownerDocument ?? target).defaultView;
  if ('adoptedStyleSheets' in target && view?.CSSStyleSheet) {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      return sheet;
    } catch { /* fall through */ }
  }
  const doc = target.ownerDocument ?? target;
  const style = doc.createElement('style');
  style.textContent = css;
  (target === doc ? doc.head ?? doc.documentElement : target).append(style);
  return style;
}
