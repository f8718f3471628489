export function copyDefaultModel(from: string, to: string): Promise<boolean>;
export const COMPANION_FILES: string[];
export const BUNDLED: { from: string; to: string }[];
