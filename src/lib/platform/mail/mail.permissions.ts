/** Permissions of the outbox beyond reading it (`admin.outbox.read` lives in platform.permissions). */
import { definePermissions } from '../access/can.ts';
import '../access/platform.permissions.ts';

definePermissions({
	'admin.outbox.resend': {
		description: 'Znovu odeslat e-mail, jehož doručení selhalo (jen správce)'
	}
});
