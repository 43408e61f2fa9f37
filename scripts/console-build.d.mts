/** Types of scripts/console-build.mjs, for the tests that import it. */
export declare function commandOf(argv: readonly string[]): string | null;
export declare function startsServer(argv: readonly string[]): boolean;
export declare function newestFile(folders: readonly string[]): number;
export declare function buildIsCurrent(buildIndex: string, sources: readonly string[]): boolean;
