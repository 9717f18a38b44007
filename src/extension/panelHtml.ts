/**
 * The side panel's HTML shell (pure: no vscode). A strict Content Security
 * Policy: nothing by default, styles and fonts only from the extension,
 * scripts only with the per-load nonce, no inline code, no eval, no remote
 * content. All article text reaches the panel later by postMessage and is
 * put into the DOM as text.
 */
export interface PanelHtmlInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Webview URIs of the bundled script and the stylesheet. */
  scriptUri: string;
  cssUri: string;
  /** A fresh random nonce (base64), one per load. */
  nonce: string;
}

export function panelCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function panelHtml(p: PanelHtmlInput): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(panelCsp(p.cspSource, p.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(p.cssUri)}">
<title>Claim Lens</title>
</head>
<body>
<div id="app" role="main"><p class="empty">Loading…</p></div>
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>`;
}
