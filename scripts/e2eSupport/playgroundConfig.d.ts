/** Types of playgroundConfig.js (plain JavaScript, shared with scripts/playground.js). */
export interface MockUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

export interface PlaygroundWorld {
  version: string;
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: MockUser;
  users: MockUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
}

export const PROJECT_ROOT: string;
export const DEFAULT_CONFIG: string;
export function findPlaygroundBin(from?: string): string | undefined;
export function parseConfigText(text: string): PlaygroundWorld;
export function loadWorld(file?: string): PlaygroundWorld;
export function asUser(world: PlaygroundWorld, who: string | undefined): PlaygroundWorld;
export function otherTenant(world: PlaygroundWorld, tenantId?: string, label?: string): PlaygroundWorld;
export function writeConfig(world: PlaygroundWorld, dir?: string): string;
