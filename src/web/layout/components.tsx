import type { Child } from 'hono/jsx';

export const Heading1 = ({ children }: { children?: Child }) => <h1 class="utrecht-heading-1">{children}</h1>;
export const Heading2 = ({ children, id }: { children?: Child; id?: string }) => (
  <h2 class="utrecht-heading-2" id={id}>
    {children}
  </h2>
);
export const Paragraph = ({ children, lead }: { children?: Child; lead?: boolean }) => (
  <p class={`utrecht-paragraph ${lead ? 'utrecht-paragraph--lead' : ''}`}>{children}</p>
);
export const Link = ({ href, children }: { href: string; children?: Child }) => (
  <a class="utrecht-link utrecht-link--html-a" href={href}>
    {children}
  </a>
);

/** A message box: ok after a change was saved, warning or error when something needs attention. */
export function Alert({
  kind,
  children,
  live,
}: {
  kind: 'info' | 'ok' | 'warning' | 'error';
  children?: Child;
  /** Announce to screen readers when the page opens (after a redirect). */
  live?: boolean;
}) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind}`} role={live ? 'status' : undefined}>
      <div class="utrecht-alert__content">{children}</div>
    </div>
  );
}

/**
 * A table that scrolls sideways on a narrow screen instead of squeezing its columns; the scrolling
 * region takes keyboard focus, so it can be scrolled without a mouse.
 */
export function Table({
  caption,
  head,
  children,
}: {
  caption: string;
  head: string[];
  children?: Child;
  /** Every table may scroll sideways and takes focus; kept so callers can say it of wide tables. */
  scrollable?: boolean;
}) {
  return (
    <section
      class="utrecht-table-container utrecht-table-container--overflow-inline table-scroll"
      aria-label={caption}
      tabindex={0}
    >
      <table class="utrecht-table utrecht-table--html-table table--stack">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {head.map((title) => (
              <th class="utrecht-table__header-cell" scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{children}</tbody>
      </table>
    </section>
  );
}

export const Row = ({ children }: { children?: Child }) => <tr class="utrecht-table__row">{children}</tr>;
/** `label`: the column's name, shown before the value when a narrow screen stacks the row. */
export const Cell = ({ children, label }: { children?: Child; label?: string }) => (
  <td class="utrecht-table__cell" data-label={label}>
    {children}
  </td>
);

/** A list of facts: label and value, read as pairs by screen readers. */
export function Facts({ items }: { items: [string, Child][] }) {
  return (
    <dl class="facts">
      {items.map(([label, value]) => (
        <div class="facts__row">
          <dt class="facts__label">{label}</dt>
          <dd class="facts__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Cursor pagination: "next page" carries the cursor; "first page" goes back to the start. Lists are
 * ordered by name, so a person always knows where they are.
 */
export function Pagination({ firstHref, nextHref }: { firstHref?: string | null; nextHref?: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav class="pagination" aria-label="Pagina's">
      <ul class="pagination__list">
        {firstHref ? (
          <li>
            <a class="utrecht-link" href={firstHref}>
              Naar de eerste pagina
            </a>
          </li>
        ) : null}
        {nextHref ? (
          <li>
            <a class="utrecht-link" href={nextHref} rel="next">
              Volgende pagina
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
