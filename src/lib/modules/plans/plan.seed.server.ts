/**
 * Demo plans (order 500): the Valašskomeziříčsko-Kelečsko plan 2022–2024 (approved by the
 * general assembly on 20. 12. 2021, in force, with its versions) and the MSK SPRSS 2024–2026
 * skeleton. Written through the tx-level plan helpers, so everything is validated and audited.
 * Refs for later seeders: `plan:valmez`, `plan:msk`, `measure:valmez-<number>`,
 * `body:valmez-<group>` (e.g. `body:valmez-seniori`).
 */
import { and, eq } from 'drizzle-orm';
import type { Seeder, SeedContext } from '#lib/platform/seed/seed.server.ts';
import { systemActor } from '#lib/platform/access/actor.ts';
import { grantsForHistory, loadGrants, replaceGrants } from '#lib/platform/access/grant.server.ts';
import { auditedInsert, recordAudit } from '#lib/platform/audit/audit.server.ts';
import { bodies } from '#lib/modules/organisation/index.ts';
import { planTargetGroups, plans, planVersions } from './plan.schema.ts';
import { ENTITY, writeMeasure, writePriority } from './plan.write.server.ts';
import { moveToStatus } from './plan.versions.server.ts';
import { MSK_PRIORITIES, VALMEZ_GROUPS, VALMEZ_PRIORITIES } from './plan.seed.data.ts';

const demo = systemActor('demo');

function refOf(refs: Map<string, string>, key: string): string {
	const id = refs.get(key);
	if (!id) throw new Error(`demo seed: missing ${key}`);
	return id;
}

/** The Valmez working groups: reuse bodies the organisation seed may have, else create them. */
async function valmezBodies(ctx: SeedContext, areaId: string): Promise<Map<string, string>> {
	const { tx, refs } = ctx;
	const existing = await tx
		.select({ id: bodies.id, name: bodies.name })
		.from(bodies)
		.where(eq(bodies.areaId, areaId));
	const byName = new Map(existing.map((b) => [b.name, b.id]));
	const out = new Map<string, string>();
	const ensure = async (
		key: string,
		name: string,
		code: string,
		kind: 'managerial_team' | 'working_group',
		targetGroup: string | null,
		description: string
	) => {
		let id = byName.get(name);
		if (!id) {
			const row = await auditedInsert(
				tx,
				demo,
				bodies,
				'organisation.body',
				{
					areaId,
					kind,
					name,
					code,
					targetGroupId: targetGroup ? (refs.get(`target-group:${targetGroup}`) ?? null) : null,
					description
				},
				{ areaId }
			);
			id = row.id;
		}
		out.set(key, id);
		refs.set(`body:valmez-${key}`, id);
	};
	await ensure(
		'mt',
		'Manažerský tým',
		'MT',
		'managerial_team',
		null,
		'Koordinuje plánování: manažeři pracovních skupin, Mikroregion, město Valašské Meziříčí a další aktéři sociální práce.'
	);
	for (const g of VALMEZ_GROUPS) {
		await ensure(
			g.key,
			g.name,
			g.code,
			'working_group',
			g.targetGroup,
			`Pracovní skupina ${g.name}.`
		);
	}
	return out;
}

/** Give `manazer@…` the manager role of the Valmez "Senioři" group (keeping their other grants). */
async function grantSeniorsManager(ctx: SeedContext, bodyId: string): Promise<void> {
	const userId = ctx.refs.get('user:manazer');
	if (!userId) return;
	const before = await loadGrants(userId, ctx.tx);
	const after = [...before, { role: 'manager' as const, bodyId }];
	await replaceGrants(ctx.tx, userId, after, null);
	await recordAudit(ctx.tx, demo, {
		entityType: 'auth.user',
		entityId: userId,
		action: 'update',
		before: { grants: grantsForHistory(before) },
		after: { grants: grantsForHistory(after) }
	});
}

async function seedValmez(ctx: SeedContext): Promise<void> {
	const { tx, refs } = ctx;
	const areaId = refOf(refs, 'area:mr-valmez');
	const groups = await valmezBodies(ctx, areaId);
	await grantSeniorsManager(ctx, groups.get('seniori')!);
	const plan = await auditedInsert(
		tx,
		demo,
		plans,
		ENTITY.plan,
		{
			areaId,
			kind: 'sprss_obec',
			title:
				'Střednědobý plán rozvoje sociálních služeb Mikroregionu Valašskomeziříčsko-Kelečsko na období 2022–2024',
			periodFrom: 2022,
			periodTo: 2024,
			vision:
				'Obyvatelé mikroregionu mají v obtížné životní situaci dostupnou pomoc blízko domova. Sociální služby na sebe navazují, obce je společně plánují a financují a lidé o nich vědí.',
			principles:
				'Plánujeme podle zjištěných potřeb obyvatel. Zapojujeme uživatele, poskytovatele i obce (triáda). Upřednostňujeme péči v přirozeném prostředí. Vše je veřejné.',
			responsibleBodyId: groups.get('mt')!,
			status: 'preparation'
		},
		{ areaId }
	);
	refs.set('plan:valmez', plan.id);
	const tgIds = VALMEZ_GROUPS.map((g) =>
		g.targetGroup ? refs.get(`target-group:${g.targetGroup}`) : undefined
	).filter((id): id is string => !!id);
	if (tgIds.length) {
		await tx
			.insert(planTargetGroups)
			.values([...new Set(tgIds)].map((targetGroupId) => ({ planId: plan.id, targetGroupId })));
	}
	for (const p of VALMEZ_PRIORITIES) {
		const priority = await writePriority(tx, demo, plan.id, {
			title: p.title,
			description: p.description,
			targetGroupId: p.targetGroup ? (refs.get(`target-group:${p.targetGroup}`) ?? null) : null,
			responsibleBodyId: groups.get(p.group)!
		});
		for (const m of p.measures) {
			const decrease = !!m.capacity && m.capacity[0] < 0;
			const row = await writeMeasure(tx, demo, plan.id, priority.id, {
				title: m.title,
				description: m.description,
				rationale: m.rationale ?? null,
				responsibleText: m.responsibleText,
				partners: m.partners ?? null,
				startYear: m.startYear,
				endYear: m.endYear,
				serviceKinds: m.serviceKinds,
				capacityChange: m.capacity ? m.capacity[0] : null,
				capacityUnit: m.capacity ? m.capacity[1] : null,
				capacityDecrease: decrease,
				costs: m.costs.map(([year, source, amount]) => ({ year, source, amount })),
				indicators: m.indicators.map((i) => ({
					name: i.name,
					unit: i.unit,
					baseline: i.baseline,
					baselineYear: i.baselineYear,
					direction: i.direction ?? 'increase',
					targets: i.targets.map(([year, target]) => ({ year, target }))
				})),
				activities: m.activities.map(([title, dueYear]) => ({ title, dueYear }))
			});
			refs.set(`measure:valmez-${row.number}`, row.id);
		}
	}
	// Lifecycle of 2021: draft → public consultation → approved by the general assembly → in force.
	const steps: { to: 'draft' | 'consultation' | 'in_force'; at: string; note: string }[] = [
		{
			to: 'draft',
			at: '2021-09-15T08:00:00Z',
			note: 'Návrh zpracovaný pracovními skupinami a Manažerským týmem.'
		},
		{
			to: 'consultation',
			at: '2021-10-18T08:00:00Z',
			note: 'Představení v členských obcích a veřejné připomínkování.'
		}
	];
	const setAt = async (versionNo: number, at: string) => {
		await tx
			.update(planVersions)
			.set({ createdAt: new Date(at) })
			.where(and(eq(planVersions.planId, plan.id), eq(planVersions.versionNo, versionNo)));
	};
	const current = async () => (await tx.select().from(plans).where(eq(plans.id, plan.id)))[0];
	for (const s of steps) {
		const p = await current();
		const v = await moveToStatus(tx, demo, p, s.to, p.version, {}, s.note);
		await setAt(v.versionNo, s.at);
	}
	let p = await current();
	const approved = await moveToStatus(
		tx,
		demo,
		p,
		'approved',
		p.version,
		{
			approvedByLabel: 'Valná hromada Mikroregionu Valašskomeziříčsko-Kelečsko',
			approvedOn: '2021-12-20',
			approvalResolution: 'VH/2021/12/05'
		},
		'Schváleno valnou hromadou po veřejném připomínkování.',
		'approve'
	);
	await setAt(approved.versionNo, '2021-12-20T17:00:00Z');
	p = await current();
	const inForce = await moveToStatus(
		tx,
		demo,
		p,
		'in_force',
		p.version,
		{},
		'Plán platí od 1. 1. 2022.'
	);
	await setAt(inForce.versionNo, '2022-01-01T08:00:00Z');
}

async function seedMsk(ctx: SeedContext): Promise<void> {
	const { tx, refs } = ctx;
	const areaId = refs.get('area:kraj-msk');
	if (!areaId) return;
	const plan = await auditedInsert(
		tx,
		demo,
		plans,
		ENTITY.plan,
		{
			areaId,
			kind: 'sprss_kraj',
			title: 'Střednědobý plán rozvoje sociálních služeb Moravskoslezského kraje 2024–2026',
			periodFrom: 2024,
			periodTo: 2026,
			vision: 'Dostupná a kvalitní síť sociálních služeb ve všech územích kraje.',
			responsibleBodyId: refs.get('body:msk-rs') ?? null,
			status: 'preparation'
		},
		{ areaId }
	);
	refs.set('plan:msk', plan.id);
	for (const p of MSK_PRIORITIES) {
		await writePriority(tx, demo, plan.id, {
			title: p.title,
			description: p.description,
			targetGroupId: p.targetGroup ? (refs.get(`target-group:${p.targetGroup}`) ?? null) : null
		});
	}
}

export const planSeeder: Seeder = {
	id: 'plans.plans',
	order: 500,
	async run(ctx) {
		await seedValmez(ctx);
		await seedMsk(ctx);
	}
};
