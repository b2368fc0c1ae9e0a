/**
 * Tests only: a tiny in-process SMTP server (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) that
 * records what it receives, so delivery is tested against a real socket without dependencies.
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';

export interface ReceivedMail {
	from: string;
	to: string[];
	data: string;
}

export interface TestSmtpServer {
	port: number;
	received: ReceivedMail[];
	/** Answer RCPT TO with 550 for these addresses. */
	rejectRecipients: Set<string>;
	close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
	const received: ReceivedMail[] = [];
	const rejectRecipients = new Set<string>();
	const sockets = new Set<Socket>();
	const server = createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => {});
		let buffer = '';
		let inData = false;
		let mail: ReceivedMail = { from: '', to: [], data: '' };
		const reply = (line: string) => socket.write(`${line}\r\n`);
		reply('220 localhost ESMTP souhra-test');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			while (true) {
				if (inData) {
					const end = buffer.indexOf('\r\n.\r\n');
					if (end === -1) return;
					mail.data = buffer.slice(0, end).replace(/^\.\./gm, '.');
					buffer = buffer.slice(end + 5);
					inData = false;
					received.push(mail);
					mail = { from: '', to: [], data: '' };
					reply('250 2.0.0 OK queued');
					continue;
				}
				const eol = buffer.indexOf('\r\n');
				if (eol === -1) return;
				const line = buffer.slice(0, eol);
				buffer = buffer.slice(eol + 2);
				const verb = line.slice(0, 4).toUpperCase();
				const arg = (line.match(/<([^>]*)>/) ?? [])[1] ?? '';
				if (verb === 'EHLO') {
					reply('250-localhost');
					reply('250-8BITMIME');
					reply('250 SMTPUTF8');
				} else if (verb === 'HELO') reply('250 localhost');
				else if (verb === 'MAIL') {
					mail.from = arg;
					reply('250 2.1.0 OK');
				} else if (verb === 'RCPT') {
					if (rejectRecipients.has(arg)) reply('550 5.1.1 No such user');
					else {
						mail.to.push(arg);
						reply('250 2.1.5 OK');
					}
				} else if (verb === 'DATA') {
					inData = true;
					reply('354 End data with <CR><LF>.<CR><LF>');
				} else if (verb === 'RSET') {
					mail = { from: '', to: [], data: '' };
					reply('250 OK');
				} else if (verb === 'NOOP') reply('250 OK');
				else if (verb === 'QUIT') {
					reply('221 Bye');
					socket.end();
				} else reply('502 5.5.2 Command not implemented');
			}
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: (server.address() as AddressInfo).port,
		received,
		rejectRecipients,
		close: () =>
			new Promise<void>((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			})
	};
}

/** A port on which nothing listens (bound and released), for "connection refused". */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}
