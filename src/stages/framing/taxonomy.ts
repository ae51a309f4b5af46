// The roles of SemEval-2025 Task 10 subtask 1 (entity framing): three main roles, each with its fine roles.
import type { EntityType, FramingRole } from '../../core/types.js';

export const FINE_ROLES: Readonly<Record<FramingRole, readonly string[]>> = {
  protagonist: ['guardian', 'martyr', 'peacemaker', 'rebel', 'underdog', 'virtuous'],
  antagonist: ['instigator', 'conspirator', 'tyrant', 'foreign adversary', 'traitor', 'spy', 'saboteur', 'corrupt', 'incompetent', 'terrorist', 'deceiver', 'bigot'],
  innocent: ['forgotten', 'exploited', 'victim', 'scapegoat'],
};

export const ROLES = Object.keys(FINE_ROLES) as FramingRole[];

/** A role a cue gives to the actor in one slot; `byType` picks another fine role for some entity types. */
export interface RoleGift {
  role: FramingRole;
  fineRole: string;
  byType: Partial<Record<EntityType, string>>;
}

export function fineRoleFor(gift: RoleGift, type: EntityType): string {
  return gift.byType[type] ?? gift.fineRole;
}
