// The two parts of `qrcode` the web app uses (see src/web/person/qr-code.ts); the package's own
// types describe only its index.
declare module 'qrcode/lib/core/qrcode.js' {
  const QRCode: { create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): unknown };
  export default QRCode;
}
declare module 'qrcode/lib/renderer/svg-tag.js' {
  const SvgRenderer: {
    render(data: unknown, options?: { margin?: number; color?: { dark?: string; light?: string } }): string;
  };
  export default SvgRenderer;
}
