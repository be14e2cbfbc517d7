import type { Locator } from 'playwright-core';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The control whose label reads exactly `label`, with or without the required mark. */
export function labelled(container: Locator, label: string): Locator {
  return container.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
}
