/** Job rows → admin views and the JSON of the progress endpoint. */
import { m } from '#lib/paraglide/messages.js';
import { formatDateTime } from '../i18n/format.ts';
import { jobTitle, type Job, type JobStatus } from './jobs.server.ts';

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

const STATUS: Record<JobStatus, { label: () => string; tone: Tone }> = {
	queued: { label: () => m.jobs_status_queued(), tone: 'neutral' },
	running: { label: () => m.jobs_status_running(), tone: 'info' },
	done: { label: () => m.jobs_status_done(), tone: 'success' },
	failed: { label: () => m.jobs_status_failed(), tone: 'danger' }
};

export interface JobView {
	id: string;
	name: string;
	/** "Odeslání e-mailu"; the technical name for types without a title. */
	title: string;
	status: JobStatus;
	statusLabel: string;
	tone: Tone;
	attempts: number;
	maxAttempts: number;
	progress: number;
	progressTotal: number | null;
	progressMessage: string | null;
	lastError: string | null;
	created: string;
	createdIso: string;
	runAt: string;
	finished: string | null;
	lockedBy: string | null;
	/** True while the page should keep refreshing: running, or about to start. */
	active: boolean;
}

/** A job as the admin pages show it (times in Czech format, status in words). */
export function presentJob(job: Job, now = Date.now()): JobView {
	return {
		id: job.id,
		name: job.name,
		title: jobTitle(job.name),
		status: job.status,
		statusLabel: STATUS[job.status].label(),
		tone: STATUS[job.status].tone,
		attempts: job.attempts,
		maxAttempts: job.maxAttempts,
		progress: job.progress,
		progressTotal: job.progressTotal,
		progressMessage: job.progressMessage,
		lastError: job.lastError,
		created: formatDateTime(job.createdAt),
		createdIso: new Date(job.createdAt).toISOString(),
		runAt: formatDateTime(job.runAt),
		finished: job.finishedAt ? formatDateTime(job.finishedAt) : null,
		lockedBy: job.status === 'running' ? job.lockedBy : null,
		active:
			job.status === 'running' ||
			(job.status === 'queued' && new Date(job.runAt).getTime() - now < 60_000)
	};
}

/** The JSON the progress endpoint answers with (stable keys, ISO times). */
export function jobProgressJson(job: Job) {
	return {
		id: job.id,
		name: job.name,
		status: job.status,
		statusLabel: STATUS[job.status].label(),
		progress: job.progress,
		progressTotal: job.progressTotal,
		progressMessage: job.progressMessage,
		attempts: job.attempts,
		maxAttempts: job.maxAttempts,
		lastError: job.lastError,
		finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null
	};
}

export function jobStatusOptions(): { value: JobStatus; label: string }[] {
	return (Object.keys(STATUS) as JobStatus[]).map((value) => ({
		value,
		label: STATUS[value].label()
	}));
}
