/** Chromium flags: root needs --no-sandbox; this machine has no network to talk to. */
export declare const CHROMIUM_ARGS: string[];
/** Chromium's executable; throws a message naming what to install when there is none. */
export declare function chromiumPath(): string;
/** Firefox's executable; throws a message naming what to install when there is none. */
export declare function firefoxPath(): string;
