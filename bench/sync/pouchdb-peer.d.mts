export function startPouchServer(): Promise<{ url: string; close(): Promise<void> }>;
export function pushDocs(docs: readonly object[], remote: string): Promise<void>;
