/** Select options of the body forms: kinds, target groups, possible parents, months. */
import type { Actor } from '#lib/platform/access/actor.ts';
import {
	BODY_KINDS,
	bodyKindLabel,
	listBodies,
	listTargetGroups,
	monthName
} from '#lib/modules/organisation/index.ts';

/** Options for BodyFields; `selfId` is left out of the parents when editing. */
export async function bodyFormOptions(actor: Actor, areaId: string, selfId?: string) {
	const [groups, bodies] = await Promise.all([listTargetGroups(), listBodies(actor, areaId)]);
	return {
		kindOptions: BODY_KINDS.map((k) => ({ value: k, label: bodyKindLabel(k) })),
		targetGroupOptions: groups.map((g) => ({ value: g.id, label: g.name })),
		parentOptions: bodies
			.filter((b) => b.id !== selfId)
			.map((b) => ({ value: b.id, label: `${b.name} (${b.code})` })),
		monthOptions: Array.from({ length: 12 }, (_, i) => ({
			value: String(i + 1),
			label: monthName(i + 1)
		}))
	};
}
