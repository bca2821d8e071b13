/** The SDK's version, sent in every User-Agent. Kept in step with package.json by a test. */
export const SDK_VERSION = '0.1.0';
export const SDK_NAME = 'intezer-typescript-sdk';
