/** API view of a task (úkol) from the minutes: schema (documented in OpenAPI) and presenter. */
import { z } from 'zod';
import { TASK_STATUSES, type TaskView } from '#lib/modules/meetings/index.ts';

export const TaskSchema = z
	.object({
		id: z.uuid(),
		text: z.string(),
		status: z
			.enum(TASK_STATUSES)
			.meta({ description: 'open (otevřený), done (splněný), cancelled (zrušený).' }),
		dueDate: z.iso.date().nullable().meta({ description: 'Termín splnění (RRRR-MM-DD).' }),
		doneAt: z.iso.datetime({ offset: true }).nullable(),
		resolutionNote: z.string().nullable(),
		responsiblePersonId: z.uuid(),
		responsibleName: z.string().meta({ description: 'Odpovědná osoba („Z:“).' }),
		meetingId: z.uuid().meta({ description: 'Jednání, na kterém byl úkol zadán.' }),
		meetingStartsAt: z.iso.datetime({ offset: true }),
		agendaItemId: z.uuid().nullable(),
		agendaItemTitle: z.string().nullable(),
		bodyId: z.uuid(),
		bodyName: z.string(),
		bodyCode: z.string()
	})
	.meta({ id: 'Task', description: 'Úkol ze zápisu jednání.' });

export type TaskJson = z.output<typeof TaskSchema>;

/** Row → API JSON: explicit fields, ISO timestamps. */
export function presentTask(t: TaskView): TaskJson {
	return {
		id: t.id,
		text: t.text,
		status: t.status,
		dueDate: t.dueDate,
		doneAt: t.doneAt?.toISOString() ?? null,
		resolutionNote: t.resolutionNote,
		responsiblePersonId: t.responsiblePersonId,
		responsibleName: t.responsibleName,
		meetingId: t.meetingId,
		meetingStartsAt: t.meetingStartsAt.toISOString(),
		agendaItemId: t.agendaItemId,
		agendaItemTitle: t.agendaItemTitle,
		bodyId: t.bodyId,
		bodyName: t.bodyName,
		bodyCode: t.bodyCode
	};
}
