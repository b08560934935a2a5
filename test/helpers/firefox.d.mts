import type { LaunchOptions } from 'puppeteer-core';

export declare const firefoxPath: string;
export declare const firefoxPrefs: Record<string, unknown>;
export declare function requireFirefox(): string;
export declare function firefoxLaunchOptions(): LaunchOptions;
