export const IMPORTS_PATH = '/console/imports';
