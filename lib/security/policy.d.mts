/** Types of policy.mjs (plain JavaScript, loaded by Next.js at run time as it is). */
export declare const POLICY_HEADER: "content-security-policy";
export declare const hashSource: (text: string) => string;
export declare function inlineContent(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[] };
export declare function pagePolicy(html: string, options?: { meta?: boolean }): string;
export declare const FILE_POLICY: string;
export declare const TRUSTED_TYPES_TRIAL: string;
export declare function withPagePolicy<T>(value: T): T;
