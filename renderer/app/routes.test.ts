import { describe, expect, it } from 'vitest';
import { ROUTES } from '../services/paths';
import { ROUTE_TABLE } from './routes';

describe('the route table', () => {
  it('gives every address a screen, once', () => {
    const paths = ROUTE_TABLE.map((route) => route.path);
    expect([...paths].sort()).toEqual(Object.values(ROUTES).sort());
  });

  it('tries a fixed address before a pattern that would take it', () => {
    const paths = ROUTE_TABLE.map((route) => route.path);
    expect(paths.indexOf(ROUTES.newTrip)).toBeLessThan(paths.indexOf(ROUTES.trip));
  });
});
