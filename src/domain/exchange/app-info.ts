/** Keystone's name and version, stamped on every export so a reader knows what made it. */
import { version } from '../../../package.json';

export const APP_NAME = 'Keystone';
export const APP_VERSION: string = version;
