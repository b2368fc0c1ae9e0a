/**
 * IČO (identifikační číslo osoby): 8 digits, kept as text with leading zeros. Check digit: weights
 * 8..2 on digits 1–7, r = sum mod 11; check = 1 if r = 0, 0 if r = 1, else 11 − r.
 */
export function normalizeIco(input: string): string {
	const digits = input.replace(/\s+/g, '');
	return /^\d{1,8}$/.test(digits) ? digits.padStart(8, '0') : digits;
}

export function isValidIco(input: string): boolean {
	const ico = normalizeIco(input);
	if (!/^\d{8}$/.test(ico)) return false;
	let sum = 0;
	for (let i = 0; i < 7; i++) sum += Number(ico[i]) * (8 - i);
	const r = sum % 11;
	const check = r === 0 ? 1 : r === 1 ? 0 : 11 - r;
	return check === Number(ico[7]);
}
