// Where the corpus lives: the project's content/ unless CLAIMTRAIL_CONTENT names another folder.
import { resolve } from 'node:path';

export const contentEnvVar = 'CLAIMTRAIL_CONTENT';

export function contentDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[contentEnvVar];
  return chosen ? resolve(chosen) : resolve(projectRoot, 'content');
}
