// The core and the SVG renderer of `qrcode` only: its index also loads the PNG and file renderers,
// which need Node, and the web app must stay free of Node-only imports.
import QRCode from 'qrcode/lib/core/qrcode.js';
import SvgRenderer from 'qrcode/lib/renderer/svg-tag.js';

/**
 * A QR code as an SVG element, drawn on the server: no script, no style attribute (fill and stroke
 * are presentation attributes), so it passes a strict content security policy and prints sharply.
 */
export function qrCodeSvg(text: string): string {
  const data = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return SvgRenderer.render(data, { margin: 2, color: { dark: '#000000ff', light: '#ffffffff' } });
}
