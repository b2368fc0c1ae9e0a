/** Import runs → the views of the import pages and the JSON of the progress endpoint. */
import { m } from '#lib/paraglide/messages.js';
import { formatDateTime, formatNumber } from '#lib/platform/i18n/format.ts';
import type { Job } from '#lib/platform/jobs/jobs.server.ts';
import type { importRuns } from './catalogue.schema.ts';
import type { ImportProblem } from './registry.server.ts';

type Run = typeof importRuns.$inferSelect;
type Status = Run['status'];
export type ImportTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

const STATUS: Record<Status, { label: () => string; tone: ImportTone }> = {
	queued: { label: () => m.catalogue_imp_status_queued(), tone: 'neutral' },
	running: { label: () => m.catalogue_imp_status_running(), tone: 'info' },
	done: { label: () => m.catalogue_imp_status_done(), tone: 'success' },
	failed: { label: () => m.catalogue_imp_status_failed(), tone: 'danger' }
};

export interface ImportRunRow {
	id: string;
	href: string;
	fileName: string;
	status: Status;
	statusLabel: string;
	tone: ImportTone;
	created: string;
	createdIso: string;
	added: string;
	changed: string;
	unchanged: string;
	ended: string;
	skipped: string;
}

const num = (n: number) => formatNumber(n);

export function presentImportRunRow(run: Run): ImportRunRow {
	return {
		id: run.id,
		href: `/katalog/import/${run.id}`,
		fileName: run.fileName,
		status: run.status,
		statusLabel: STATUS[run.status].label(),
		tone: STATUS[run.status].tone,
		created: formatDateTime(run.createdAt),
		createdIso: new Date(run.createdAt).toISOString(),
		added: num(run.added),
		changed: num(run.changed),
		unchanged: num(run.unchanged),
		ended: num(run.ended),
		skipped: num(run.skipped)
	};
}

export interface ImportProgress {
	status: Status;
	statusLabel: string;
	active: boolean;
	/** Kilobytes read of the file (uploaded files); null for runs without a job. */
	value: number | null;
	max: number | null;
	items: number;
	itemsLabel: string;
}

/** Progress: the job's (kB of the file) when there is one, the checkpoint otherwise. */
export function presentImportProgress(run: Run, job: Job | null): ImportProgress {
	const active = run.status === 'queued' || run.status === 'running';
	const items = Math.max(run.checkpoint, run.totalItems ?? 0);
	const total = job?.progressTotal ?? null;
	return {
		status: run.status,
		statusLabel: STATUS[run.status].label(),
		active,
		value: total ? (run.status === 'done' ? total : (job?.progress ?? 0)) : null,
		max: total,
		items,
		itemsLabel: m.catalogue_imp_progress_items({ count: num(items) })
	};
}

export interface ProblemRow {
	key: string;
	position: string;
	registryId: string;
	message: string;
	severity: string;
}

export interface ImportRunView extends ImportRunRow {
	totalItems: string | null;
	checkpoint: string;
	started: string | null;
	finished: string | null;
	error: string | null;
	problems: ProblemRow[];
	problemsCapped: boolean;
	progress: ImportProgress;
}

export function presentImportRun(run: Run, job: Job | null): ImportRunView {
	const problems = (run.problems as ImportProblem[]) ?? [];
	return {
		...presentImportRunRow(run),
		totalItems: run.totalItems === null ? null : num(run.totalItems),
		checkpoint: num(run.checkpoint),
		started: run.startedAt ? formatDateTime(run.startedAt) : null,
		finished: run.finishedAt ? formatDateTime(run.finishedAt) : null,
		error: run.error,
		problems: problems.map((p, i) => ({
			key: `${i}`,
			// Positions are 0-based in the file; people count from 1.
			position: p.position === null ? '–' : m.catalogue_imp_position({ n: num(p.position + 1) }),
			registryId: p.registryId ?? '–',
			message: p.message,
			severity:
				p.severity === 'warning'
					? m.catalogue_imp_severity_warning()
					: m.catalogue_imp_severity_skipped()
		})),
		problemsCapped: problems.length >= 500,
		progress: presentImportProgress(run, job)
	};
}
