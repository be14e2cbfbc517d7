/**
 * The only channels between the renderer and the main process. Kept apart
 * from the schemas so that the preload, which must stay small, can check a
 * channel name without bundling the validators.
 */
export const CALL_CHANNELS = [
  'app:getInfo',
  'app:setLanguage',
  'camera:allow',
  'files:save',
  'files:open',
  'attachments:saveBegin',
  'attachments:saveChunk',
  'attachments:saveEnd',
  'attachments:saveAbort',
  'tripFiles:saveBegin',
  'tripFiles:saveChunk',
  'tripFiles:saveEnd',
  'tripFiles:saveAbort',
  'tripFiles:openBegin',
  'tripFiles:readChunk',
  'tripFiles:openEnd',
  'print:pageNumbers',
  'print:savePdf',
  'sync:configureServer',
  'sync:request',
] as const;
export type CallChannel = (typeof CALL_CHANNELS)[number];

export const EVENT_CHANNELS = ['app:menuCommand'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isCallChannel(name: string): name is CallChannel {
  return (CALL_CHANNELS as readonly string[]).includes(name);
}

export function isEventChannel(name: string): name is EventChannel {
  return (EVENT_CHANNELS as readonly string[]).includes(name);
}
