// How the browser tests and the explorer bench start Debian's Chromium.

/** Headless Chromium with WebGL on SwiftShader (Sigma draws), nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
