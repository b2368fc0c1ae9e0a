/** Public door of the meetings module: schedule, meetings, agenda, attendance, invitations, minutes, tasks, search. */
export {
	meetings,
	agendaItems,
	attendance,
	minutes,
	minutesRevisions,
	resolutions,
	tasks,
	announcedEvents
} from './meeting.schema.ts';
export {
	STATUS_LABELS,
	transitionProblem,
	scheduleWarnings,
	meetingWarnings,
	invitationDeadline,
	agendaProposalDeadline,
	quorum,
	resolutionNumber,
	type MeetingStatus,
	type RuleWarning,
	type QuorumResult,
	type StatuteRules
} from './meeting.rules.ts';
export { fromPrague, toPrague, pragueDate } from './meeting.time.ts';
export {
	MEETING_STATUSES,
	ATTENDANCE_STATUSES,
	TASK_STATUSES,
	ListMeetingsQuery,
	MyTasksQuery,
	SearchQuery
} from './meeting.validation.ts';
export {
	TASK_REVIEW_TITLE,
	type Meeting,
	type AgendaItem,
	type Minutes
} from './meeting.store.server.ts';
export {
	createMeeting,
	updateMeeting,
	changeMeetingStatus,
	listMeetings,
	listPublicMeetings,
	findPublicMeeting,
	type MeetingListRow
} from './meeting.service.server.ts';
export {
	planSchedule,
	getSchedule,
	publishSchedule,
	type Schedule
} from './schedule.service.server.ts';
export {
	getMeetingDetail,
	type MeetingDetail,
	type AttendanceView
} from './meeting.detail.server.ts';
export {
	addAgendaItem,
	updateAgendaItem,
	moveAgendaItem,
	removeAgendaItem,
	proposeAgendaItem,
	decideAgendaItem
} from './agenda.service.server.ts';
export {
	initAttendance,
	setAttendance,
	addGuest,
	removeGuest,
	getExcuseInfo,
	excuseByToken,
	type AttendanceRow,
	type ExcuseInfo
} from './attendance.service.server.ts';
export { createExcuseToken } from './excuse.token.server.ts';
export {
	sendInvitations,
	sendReminders,
	type InvitationResult
} from './invitation.service.server.ts';
export {
	getOrCreateMinutes,
	saveItemMinutes,
	updateMinutesMeta,
	addEvent,
	removeEvent,
	approveMinutes,
	publishMinutes,
	reopenMinutes,
	type AnnouncedEvent,
	type MinutesRevision
} from './minutes.service.server.ts';
export { sanitizeMinutesHtml, minutesText } from './minutes.sanitize.server.ts';
export {
	addResolution,
	updateResolution,
	removeResolution,
	type Resolution
} from './resolution.service.server.ts';
export {
	addTask,
	updateTask,
	removeTask,
	updateTaskStatus,
	listMyTasks,
	listOpenTasks,
	getOpenTasksForMeeting,
	type Task,
	type TaskView
} from './task.service.server.ts';
export { searchMeetings, type SearchHit } from './search.service.server.ts';
export {
	getPublicBody,
	getPublishedMinutes,
	type PublicBody,
	type PublicMeeting,
	type PublishedMinutes
} from './public.service.server.ts';
import { meetingsSeeder } from './meetings.seed.server.ts';

export const meetingsSeeders = [meetingsSeeder];
// Outputs (helper H): minutes document, DOCX/PDF, attendance sheet, iCalendar.
export {
	isMinutesDocument,
	fileStem,
	type MinutesDocument,
	type MinutesItem
} from './minutes.document.ts';
export {
	loadMinutesDocument,
	buildMinutesDocument,
	getMinutesForDownload
} from './minutes.document.server.ts';
export { htmlToBlocks, type Block, type Run } from './html.ts';
export { renderMinutesDocx } from './minutes.docx.server.ts';
export { renderMinutesPdf } from './minutes.pdf.server.ts';
export {
	renderAttendanceSheetPdf,
	getAttendanceSheet,
	type AttendanceSheetInput
} from './attendance-sheet.pdf.server.ts';
export {
	meetingIcs,
	feedIcs,
	bodyFeedIcs,
	areaFeedIcs,
	publicBodyPath,
	type IcsInput
} from './meeting.ics.server.ts';
// Text helpers of the minutes layout, shared by the public minutes page (helper I2).
export {
	czDate,
	czTime,
	eventDateText,
	votesText,
	taskAssignmentText,
	signatureText
} from './minutes.document.ts';
