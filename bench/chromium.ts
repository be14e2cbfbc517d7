import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium as the Chromium benches launch it; the flags keep it from calling home on a machine with no internet. */
export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** The value below which `p` percent of `values` fall (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export const ms = (value: number, width = 9) => `${value.toFixed(1).padStart(width)} ms`;

export const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));
