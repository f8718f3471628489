export function copyDefaultModel(from: string, to: string): Promise<boolean>;
