/**
 * Links to the app's screens, typed from its route table (app/routes.tsx),
 * which is written once: each route's name, path, screen and loader. The
 * table registers itself here, its type by declaration merging
 * (`RegisteredRoutes`) and its paths when it loads, so that features link to
 * any screen by name without importing the app that shows them.
 */

// biome-ignore lint/suspicious/noEmptyInterface: filled in by app/routes.tsx (declaration merging).
export interface RegisteredRoutes {}

type Table = RegisteredRoutes extends { routes: infer T } ? T : Record<string, { path: string }>;

/** A screen's name in the route table. */
export type RouteName = keyof Table & string;

type PathOf<N extends RouteName> = Table[N] extends { path: infer P extends string } ? P : string;

type Segments<P extends string> = P extends `${infer Head}/${infer Rest}` ? Head | Segments<Rest> : P;
type Required_<S> = S extends `:${string}?` ? never : S extends `:${infer Name}` ? Name : never;
type Optional_<S> = S extends `:${infer Name}?` ? Name : never;

/** The parameters a path pattern takes: `/trips/:tripId/visits/:visitId/:section?` takes tripId, visitId and maybe section. */
export type ParamsOf<P extends string> = { [K in Required_<Segments<P>>]: string } & {
  [K in Optional_<Segments<P>>]?: string | undefined;
};

type ArgsOf<N extends RouteName> = keyof ParamsOf<PathOf<N>> extends never ? [] : [params: ParamsOf<PathOf<N>>];

let registered: Readonly<Record<string, { path: string }>> = {};

/** The route table makes its paths known (app/routes.tsx, as it loads). */
export function registerRoutes(table: Readonly<Record<string, { path: string }>>): void {
  registered = table;
}

/** A path pattern with its parameters filled in; an optional one left out goes with its slash. */
export function fillPath(pattern: string, params: Readonly<Record<string, string | undefined>> = {}): string {
  return pattern.replace(/\/:(\w+)(\?)?/g, (_, name: string) => (params[name] ? `/${params[name]}` : ''));
}

/** The address of a screen, to link to: `link('notes', { tripId, visitId, section: 'qa' })`. */
export function link<N extends RouteName>(name: N, ...[params]: ArgsOf<N>): string {
  const route = registered[name];
  if (!route) throw new Error(`No route named '${name}': the route table (app/routes.tsx) has not loaded`);
  return fillPath(route.path, params as Record<string, string | undefined> | undefined);
}
