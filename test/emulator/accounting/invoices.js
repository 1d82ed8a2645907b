'use strict';
/**
 * Accounting invoices, their payments and PDFs, payment methods and terms, outstanding items and
 * expenses: see ./index.js for what a module declares. Amounts follow a Belgian restaurant's books:
 * sales on 700000 (VAT 21 % on drinks, 12 % on food), purchases on 604000, journals VEN and ACH.
 */
const crypto = require('crypto');

const { samplePdf, round } = require('../kit');


/** An invoice line as stored: both analytic shapes, each route answers its own. */
function line(number, accountNumber, taxCode, taxRate, quantity, unitPrice, analyticAccount = null) {
	const untaxed = round(quantity * unitPrice);
	const tax = round((untaxed * taxRate) / 100);
	return {
		line_number: number,
		unit_price: unitPrice,
		unit_of_measure: null,
		quantity,
		untaxed_amount: untaxed,
		tax_rate: taxRate,
		tax_amount: tax,
		total: round(untaxed + tax),
		account_number: accountNumber,
		tax_code: taxCode,
		analytic_account: analyticAccount,
	};
}

const sum = (lines, key) => round(lines.reduce((total, entry) => total + entry[key], 0));

/** An invoice as stored (InvoiceItemOut without the per-route shape of lines). */
function invoice(fields, lines) {
	return {
		invoice_number: null,
		currency: 'EUR',
		untaxed_amount: sum(lines, 'untaxed_amount'),
		tax_amount: sum(lines, 'tax_amount'),
		total: sum(lines, 'total'),
		reference: null,
		payment_communication: null,
		customer_memo: null,
		payment_term_id: null,
		withholding_tax: null,
		delivery_date: null,
		journal_id: null,
		payments: [],
		status: 'posted',
		last_updated_on: '2026-01-05T09:00:00Z',
		due_dates: [],
		attachments_info: { status: 'no', attachments: [] },
		accounting_info: null,
		payment_method_id: null,
		approval_status: 'unknown',
		...fields,
		lines,
	};
}

function payment(id, invoiceRecord, amount, date, journalId = 'BNK', journalName = 'Bank KBC') {
	return {
		id,
		name: `${journalId}/${id}`,
		currency: invoiceRecord.currency,
		amount,
		dedicated_amount: amount,
		payment_date: date,
		journal_type: 'financial_operation',
		journal_id: journalId,
		journal_name: journalName,
		reconciled: true,
		communication: invoiceRecord.payment_communication,
		matching_number: `M${id}`,
	};
}

function data(consumer, folder, { today }) {
	const now = today ?? new Date();
	const day = (days) => new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
	const prefix = `${folder.id}-`;
	const invoices = [
		invoice(
			{ id: `${prefix}INV-0001`, invoice_type: 'customer_invoice', invoice_number: '2026-0001', invoice_date: day(40), due_date: day(10), partner_id: `${prefix}CLI-001`, journal_id: 'VEN', reference: 'Banquet 12/01', payment_communication: '+++090/9337/55493+++', payment_term_id: 'PT-30', last_updated_on: '2026-01-12T10:00:00Z' },
			[line(1, '700000', '12', 12, 40, 35), line(2, '700000', '21', 21, 30, 6.5, 'EVENTS')],
		),
		invoice(
			{ id: `${prefix}INV-0002`, invoice_type: 'customer_invoice', invoice_number: '2026-0002', invoice_date: day(20), due_date: day(-10), partner_id: `${prefix}CLI-002`, journal_id: 'VEN', reference: 'Catering order 88', last_updated_on: '2026-02-10T14:30:00Z' },
			[line(1, '700000', '12', 12, 1, 480)],
		),
		invoice(
			{ id: `${prefix}INV-0003`, invoice_type: 'customer_invoice', invoice_number: '2026-0003', invoice_date: day(2), due_date: day(-28), partner_id: `${prefix}CLI-POS`, journal_id: 'VEN2', reference: 'POS sales', status: 'draft', last_updated_on: '2026-03-01T08:00:00Z' },
			[line(1, '700000', '12', 12, 64, 14.5), line(2, '700000', '21', 21, 51, 3.2)],
		),
		invoice(
			{ id: `${prefix}CN-0001`, invoice_type: 'customer_refund', invoice_number: 'CN-2026-0001', invoice_date: day(15), due_date: day(15), partner_id: `${prefix}CLI-001`, journal_id: 'VEN', reference: 'Banquet 12/01: 2 menus not served' },
			[line(1, '700000', '12', 12, 2, 35)],
		),
		invoice(
			{ id: `${prefix}PINV-0001`, invoice_type: 'supplier_invoice', invoice_number: 'F-77821', invoice_date: day(25), due_date: day(-5), partner_id: `${prefix}SUP-001`, journal_id: 'ACH', reference: 'Metro order 5521', approval_status: 'approved' },
			[line(1, '604000', '6', 6, 1, 812.4), line(2, '604000', '21', 21, 1, 96)],
		),
		invoice(
			{ id: `${prefix}PINV-0002`, invoice_type: 'supplier_invoice', invoice_number: 'BR-2026-114', invoice_date: day(5), due_date: day(-25), partner_id: `${prefix}SUP-002`, journal_id: 'ACH', reference: 'Brasserie Lefort: beer', approval_status: 'pending' },
			[line(1, '604000', '21', 21, 12, 38.75)],
		),
	];
	invoices[0].payments.push(payment(`${prefix}PAY-0001`, invoices[0], 1000, day(30)), payment(`${prefix}PAY-0002`, invoices[0], invoices[0].total - 1000, day(12)));
	invoices[0].status = 'paid';
	invoices[4].payments.push(payment(`${prefix}PAY-0003`, invoices[4], invoices[4].total, day(6)));
	invoices[4].status = 'paid';
	return {
		invoices,
		attachments: {
			[`invoice:${prefix}INV-0001`]: [{ id: `${prefix}ATT-0001`, base64_string: samplePdf('Invoice 2026-0001') }],
			[`invoice:${prefix}PINV-0001`]: [
				{ id: `${prefix}ATT-0002`, base64_string: samplePdf('Metro 5521') },
				{ id: `${prefix}ATT-0003`, base64_string: samplePdf('Metro 5521 delivery note') },
			],
		},
		paymentMethods: [
			{ id: 'PM-BANK', name: 'Bank transfer' },
			{ id: 'PM-CASH', name: 'Cash' },
			{ id: 'PM-BCMC', name: 'Bancontact' },
			{ id: 'PM-VISA', name: 'Visa / Mastercard' },
		],
		paymentTerms: [
			{ id: 'PT-0', name: 'Immediate payment' },
			{ id: 'PT-15', name: '15 days' },
			{ id: 'PT-30', name: '30 days' },
			{ id: 'PT-30EOM', name: '30 days end of month' },
		],
		expenses: [],
	};
}

/** What is still open of an invoice (amount minus its payments), as an outstanding item. */
function outstandingOf(record) {
	const paid = record.payments.reduce((total, entry) => total + entry.amount, 0);
	const sign = record.invoice_type.endsWith('refund') ? -1 : 1;
	return {
		id: record.id,
		number: record.invoice_number,
		journal_id: record.journal_id,
		journal_type: record.invoice_type,
		date: record.invoice_date,
		due_date: record.due_date,
		due_dates: [{ due_date: record.due_date, payment_method: null, payment_method_id: null, amount: sign * record.total }],
		currency: record.currency,
		currency_exchange_rate: 1,
		amount: sign * record.total,
		open_amount: round(sign * (record.total - paid)),
		partner_id: record.partner_id,
		account_number: record.invoice_type.startsWith('customer') ? '400000' : '440000',
		reference: record.reference,
		matching_numbers: record.payments.map((entry) => entry.matching_number),
		payment_communication: record.payment_communication,
		posted: record.status !== 'draft',
		original_document: null,
	};
}

const isPaid = (record) => record.payments.reduce((total, entry) => total + entry.amount, 0) >= record.total - 0.005;

function routes({ at, route, once, paged, checkBody, find, nowText, chiftError, validationError }) {
	/** An invoice as one route answers it: lines in its analytic shape, payments, lines and partner only when asked for. */
	const answer = (store, record, query, multi) => {
		const { lines, payments, ...fields } = record;
		const shaped = lines.map(({ analytic_account, analytic_distribution, ...entry }) =>
			multi
				? { ...entry, analytic_distribution: analytic_distribution ?? (analytic_account ? [{ analytic_plan: 'DEFAULT', analytic_accounts: [{ analytic_account, percentage: 100 }] }] : []) }
				: { ...entry, analytic_account: analytic_account ?? analytic_distribution?.[0]?.analytic_accounts?.[0]?.analytic_account ?? null },
		);
		const client = store.clients?.find((candidate) => candidate.id === record.partner_id);
		return {
			...fields,
			lines: query.include_invoice_lines === 'true' ? shaped : [],
			payments: query.include_payments === 'true' ? payments : null,
			partner: query.include_partner_info === 'true' ? (client ?? { id: record.partner_id, name: null }) : null,
		};
	};

	const list = (multi) => ({ store, params: [, type], query }) => {
		const journals = query.journal_ids ? query.journal_ids.split(',').map((id) => id.trim()) : undefined;
		const status = query.payment_status ?? 'all';
		const found = store.invoices.filter(
			(record) =>
				record.invoice_type === type &&
				(!query.date_from || record.invoice_date >= query.date_from) &&
				(!query.date_to || record.invoice_date <= query.date_to) &&
				(!journals || journals.includes(record.journal_id)) &&
				(status === 'all' || (status === 'paid') === isPaid(record)) &&
				(!query.updated_after || record.last_updated_on > query.updated_after) &&
				(!query.approval_status || record.approval_status === query.approval_status),
		);
		const page = paged(found, query);
		return { ...page, items: page.items.map((record) => answer(store, record, query, multi)) };
	};

	const one = (multi) => ({ store, params: [, invoiceId], query }) => answer(store, find(store.invoices, invoiceId, 'Invoice'), query, multi);

	const create = (multi) => ({ store, body, req, connection, query }) => {
		checkBody(req, body);
		return once(connection, req, () => {
			const { lines, pdf, pdf_name: pdfName, ...fields } = body;
			const id = `INV-${crypto.randomUUID().slice(0, 8)}`;
			const record = invoice(
				{
					...fields,
					id,
					invoice_number: query.ignore_accounting_id === 'true' ? null : (fields.invoice_number ?? null),
					partner_id: fields.partner_id ?? null,
					// assumed: without a journal, the system's default sales or purchase journal.
					journal_id: fields.journal_id ?? (fields.invoice_type.startsWith('customer') ? 'VEN' : 'ACH'),
					status: fields.status ?? 'posted',
					last_updated_on: nowText(),
					attachments_info: { status: pdf ? 'yes' : 'no', attachments: pdf ? [{ filename: pdfName ?? `${id}.pdf`, url: null }] : [] },
				},
				lines.map((entry, index) => ({ line_number: index + 1, unit_of_measure: null, analytic_account: null, ...entry })),
			);
			Object.assign(record, { untaxed_amount: body.untaxed_amount, tax_amount: body.tax_amount, total: body.total });
			store.invoices.push(record);
			if (pdf) store.attachments[`invoice:${id}`] = [{ id: `ATT-${crypto.randomUUID().slice(0, 8)}`, base64_string: pdf }];
			return { entity: answer(store, record, { include_invoice_lines: 'true' }, multi), entityId: id };
		});
	};

	/** Chift's 422 for a required query parameter left out (HTTPValidationError). */
	const requireQuery = (query, ...names) => {
		const missing = names.filter((name) => query[name] === undefined);
		if (missing.length) throw validationError(missing.map((name) => [['query', name], 'Field required', 'missing', null]));
	};

	return [
		['POST', at('/accounting/invoices'), route('invoices', create(false), 'POST')],
		['POST', at('/accounting/invoices/multi-analytic-plans'), route('invoices', create(true), 'POST')],
		['GET', at('/accounting/invoices/type/{invoice_type}'), route('invoices', list(false))],
		['GET', at('/accounting/invoices/multi-analytic-plans/type/{invoice_type}'), route('invoices', list(true))],
		['GET', at('/accounting/invoices/{invoice_id}'), route('invoices', one(false))],
		['GET', at('/accounting/invoices/multi-analytic-plans/{invoice_id}'), route('invoices', one(true))],
		['GET', at('/accounting/invoices/id/{invoice_id}/payments'), route('invoices', ({ store, params: [, invoiceId], query }) =>
			paged(find(store.invoices, invoiceId, 'Invoice').payments, query))],
		['POST', at('/accounting/invoices/payments'), route('invoices', ({ store, body, req, connection }) => {
			checkBody(req, body);
			const method = store.paymentMethods.find((candidate) => candidate.id === body.payment_method_id);
			// assumed: Chift's status and code for an unknown payment method are not documented.
			if (!method) throw chiftError(400, `Payment method ${body.payment_method_id} not found`, 'ERROR_DATA_VALIDATION');
			const paid = body.items.map((entry) => find(store.invoices, entry.invoice_id, 'Invoice'));
			return once(connection, req, () => {
				body.items.forEach((entry, index) => {
					const record = paid[index];
					const id = `PAY-${crypto.randomUUID().slice(0, 8)}`;
					record.payments.push({
						...payment(id, record, entry.amount, body.date, method.id, method.name ?? method.id),
						currency: body.currency,
						communication: body.reference ?? null,
						reconciled: false,
						matching_number: null,
					});
					if (isPaid(record)) record.status = 'paid';
					record.last_updated_on = nowText();
				});
				return { entity: '', entityId: null };
			});
		}, 'POST')],
		['POST', at('/accounting/invoices/pdf/{invoice_id}'), route('invoices', ({ store, params: [, invoiceId], body, req, connection, query }) => {
			checkBody(req, body);
			const record = find(store.invoices, invoiceId, 'Invoice');
			if (!Buffer.from(body.base64_string, 'base64').subarray(0, 5).equals(Buffer.from('%PDF-'))) {
				// assumed: Chift's answer to a file that is not a PDF is not documented.
				throw chiftError(400, 'The attachment is not a valid PDF file', 'ERROR_DATA_VALIDATION');
			}
			const key = `invoice:${invoiceId}`;
			return once(connection, req, () => {
				if (store.attachments[key]?.length && query.overwrite_existing !== 'true') {
					// assumed: the code is not documented.
					throw chiftError(400, `Invoice ${invoiceId} already has a PDF: set overwrite_existing to replace it`, 'ERROR_ATTACHMENT_EXISTS');
				}
				store.attachments[key] = [{ id: `ATT-${crypto.randomUUID().slice(0, 8)}`, base64_string: body.base64_string, name: body.name ?? null }];
				record.attachments_info = { status: 'yes', attachments: [{ filename: body.name ?? `${invoiceId}.pdf`, url: null }] };
				return { entity: '', entityId: null };
			});
		}, 'POST')],
		['GET', at('/accounting/attachments'), route('attachments', ({ store, query }) => {
			requireQuery(query, 'type', 'document_id');
			const files = (store.attachments[`${query.type}:${query.document_id}`] ?? []).map(({ id, base64_string }) => ({ id, base64_string }));
			return paged(files, query);
		})],
		['GET', at('/accounting/payment-methods'), route('payment-methods', ({ store, query }) => paged(store.paymentMethods, query))],
		['GET', at('/accounting/payment-terms'), route('payment-terms', ({ store, query }) => paged(store.paymentTerms, query))],
		['GET', at('/accounting/outstandings'), route('outstandings', ({ store, query }) => {
			requireQuery(query, 'type', 'unposted_allowed');
			const prefix = query.type === 'client' ? 'customer' : 'supplier';
			const items = store.invoices
				.filter((record) => record.invoice_type.startsWith(prefix) && !isPaid(record))
				.filter((record) => query.unposted_allowed === 'true' || record.status !== 'draft')
				.map(outstandingOf);
			return paged(items, query);
		})],
		['POST', at('/accounting/expenses'), route('expenses', ({ store, body, req, connection }) => {
			checkBody(req, body);
			return once(connection, req, () => {
				const expense = { reference: null, number: null, currency_exchange_rate: 1, pdf: null, pdf_name: null, ...body, id: `EXP-${crypto.randomUUID().slice(0, 8)}` };
				store.expenses.push(expense);
				return { entity: expense, entityId: expense.id };
			});
		}, 'POST')],
	];
}

module.exports = { data, routes, samplePdf };
