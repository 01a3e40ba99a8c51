import { DEMO_MENTOR_KEY } from './demo-mentor';
import { demoSignInOnly, demoTokenHolders, demoUsers } from './demo-organisations';

/** How to sign in to the web app as each demo role: the address to type and where the link appears. */
export function demoSignInLines(signInUrl: string, whereTheLinkAppears: string): string {
  const holders = [...demoTokenHolders, ...demoSignInOnly, DEMO_MENTOR_KEY].flatMap((key) =>
    demoUsers.filter((user) => user.key === key),
  );
  const width = Math.max(...holders.map((user) => user.role.length));
  const lines = holders.map((user) => `  ${user.role.padEnd(width)}  ${user.email}  (${user.displayName})`);
  return [
    `Sign in to the web app at ${signInUrl} with one of these demo addresses (${whereTheLinkAppears}):`,
    ...lines,
  ].join('\n');
}
