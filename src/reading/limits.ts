/**
 * Default limits shared by the light adapter side (read-response.ts, loaded with every adapter) and the engine
 * (body.ts, loaded at the first failure). Apart, so that reading the default does not pull the
 * body reader into what an adapter ships at install time.
 * @module
 */

/** Default number of body bytes read for a diagnosis. */
export const DEFAULT_MAX_BODY_BYTES: number = 64 * 1024
