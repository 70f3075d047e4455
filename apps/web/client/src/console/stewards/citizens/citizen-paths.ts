import { pathParam } from '../../console-route';

export const SEARCH_PATH = '/console/citizens';
const RECORD_PREFIX = `${SEARCH_PATH}/`;

/** The record page of a personal ID number, optionally as the registry knew it at `asOf`. */
export const citizenPath = (personalIdNumber: string, asOf?: string | null) =>
  `${RECORD_PREFIX}${encodeURIComponent(personalIdNumber)}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;

/** The personal ID number a record page's path names, or null. */
export const personalIdNumberOf = (path: string) => pathParam(path, RECORD_PREFIX);

export const isSearchPath = (path: string) => path === SEARCH_PATH || path === RECORD_PREFIX;
