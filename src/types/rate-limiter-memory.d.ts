// The in-memory limiter on its own: the package's index also loads its cluster limiter, which needs
// Node's `cluster` module, and the app must stay free of Node-only imports.
declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  import { RateLimiterMemory } from 'rate-limiter-flexible';
  export default RateLimiterMemory;
}
