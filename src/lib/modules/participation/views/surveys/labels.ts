/** Labels of survey statuses, question kinds and channels (client-safe; follow the UI language). */
import { m } from '#lib/paraglide/messages.js';
import type { BadgeTone } from '#lib/platform/ui/badge.ts';
import type { QuestionKind, SurveyStatus } from './survey.form.ts';

export const statusLabel = (s: SurveyStatus): string =>
	({
		draft: m.part_srv_status_draft,
		open: m.part_srv_status_open,
		closed: m.part_srv_status_closed
	})[s]();

export const STATUS_TONE: Record<SurveyStatus, BadgeTone> = {
	draft: 'neutral',
	open: 'success',
	closed: 'info'
};

export const kindLabel = (k: QuestionKind): string =>
	({
		single: m.part_srv_kind_single,
		multiple: m.part_srv_kind_multiple,
		scale: m.part_srv_kind_scale,
		matrix: m.part_srv_kind_matrix,
		number: m.part_srv_kind_number,
		short_text: m.part_srv_kind_short_text,
		long_text: m.part_srv_kind_long_text
	})[k]();

/** Field names of the builder forms → visible labels (for the error summary). */
export const builderLabels = (): Record<string, string> => ({
	areaId: m.part_srv_f_area(),
	title: m.part_srv_f_title(),
	description: m.part_srv_f_description(),
	opensOn: m.part_srv_f_opens(),
	closesOn: m.part_srv_f_closes(),
	planId: m.part_srv_f_plan(),
	sectionId: m.part_srv_f_section(),
	kind: m.part_srv_f_kind(),
	text: m.part_srv_f_text(),
	help: m.part_srv_f_help(),
	options: m.part_srv_f_options(),
	rows: m.part_srv_f_rows(),
	newOptions: m.part_srv_f_new_options(),
	newRows: m.part_srv_f_new_rows(),
	condition: m.part_srv_f_condition(),
	emails: m.part_srv_f_emails(),
	paperRef: m.part_srv_f_paper_ref(),
	filter: m.part_srv_f_filter()
});
