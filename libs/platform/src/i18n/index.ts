// Locales, language fallback, and money and dates by locale: what every feature and the web app
// share. Plain TypeScript without Nest, so a browser bundle can import it too.
export * from './locales.js';
export * from './fallback.js';
export * from './format.js';
export * from './messages.js';
