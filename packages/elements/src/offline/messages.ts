/**
 * What `<ai-colorizer offline>` tells its service worker: keep these files of the page (those it
 * loaded before the worker controlled it). The worker answers on the message's port once they are
 * stored.
 */
export const KEEP_MESSAGE = 'klaslab-offline-keep';

export interface KeepMessage {
  type: typeof KEEP_MESSAGE;
  urls: string[];
}
