/**
 * The facts of the accessibility statement as data, so that updating a known gap or the review
 * date is a one-line change (and the page stays consistent). Czech, as required by law.
 */
export const statement = {
	/** Date the statement was prepared (ISO). */
	preparedOn: '2026-11-22',
	/** Date of the last review (ISO); review at least once a year. */
	reviewedOn: '2026-11-22',
	status: 'částečně v souladu' as const,
	/** Non-compliance with the law: what, which criterion, and the accessible alternative. */
	gaps: [
		{
			what: 'Exporty do PDF (zápisy z jednání, plány, přehledy) zatím nejsou plně označkované (chybí struktura „tagged PDF“ podle PDF/UA), takže čtečky obrazovky v nich nemusí správně rozpoznat nadpisy, seznamy a tabulky.',
			criteria: 'ČSN EN 301 549, kap. 10; WCAG 2.1 – 1.3.1 Informace a vztahy',
			alternative:
				'Stejný obsah je vždy dostupný jako webová stránka v aplikaci a tam, kde to aplikace nabízí, také ve formátu DOCX nebo XLSX.'
		},
		{
			what: 'Anglická verze rozhraní je neúplná: některé texty modulů a chybová hlášení se zobrazují jen česky a nejsou jazykově označené.',
			criteria: 'WCAG 2.1 – 3.1.2 Jazyk částí',
			alternative: 'Česká verze rozhraní je úplná; jazyk přepnete odkazem v zápatí každé stránky.'
		}
	],
	/** Content outside the scope of the law (third-party content the operator does not control). */
	outOfScope: [
		'Dokumenty a přílohy, které do aplikace nahrávají uživatelé (například naskenované zápisy nebo materiály poskytovatelů sociálních služeb), pokud je provozovatel sám nevytvořil ani nefinancoval.',
		'Obsah třetích stran, na který aplikace odkazuje (například Registr poskytovatelů sociálních služeb MPSV).'
	],
	/** How conformance was assessed. */
	method: [
		'automatické testy nástrojem axe-core (pravidla WCAG 2.0, 2.1 a 2.2 na úrovni A a AA), které při každé změně kódu v průběžné integraci (CI) procházejí všechny stránky aplikace a nesmějí najít žádné porušení,',
		'ruční kontrola ovládání pouze z klávesnice (pořadí a viditelnost fokusu, odkaz „Přeskočit na obsah“),',
		'ruční kontrola zobrazení při zvětšení na 200 % a při šířce okna 320 pixelů,',
		'kontrola, že formuláře fungují i bez JavaScriptu a že stav (chyba, úspěch, stav záznamu) není vyjádřen pouze barvou.'
	]
};
