'use strict';
/**
 * A stand-in for an OpenAI-compatible chat model on 127.0.0.1: it answers POST /v1/chat/completions
 * from a script and records every request n8n sends (the tools' schemas, the tool results), so an
 * e2e test can drive an AI Agent deterministically and check what the model was given.
 *
 *   const model = await startScriptedModel((request, turn) => toolCall('Create_Customer', {...}) | finalAnswer('...'));
 *   model.url        // http://127.0.0.1:<port>/v1  (the openAiApi credential's Base URL)
 *   model.requests   // every request body, in order
 *   await model.close();
 *
 * The script gets the parsed request body and the turn number (0-based) and returns a message.
 * Streaming requests are answered as one server-sent chunk per message.
 */
const http = require('node:http');

/** An assistant message that calls one or more tools: [name, arguments] pairs. */
const toolCalls = (...calls) => ({
	role: 'assistant',
	content: null,
	tool_calls: calls.map(([name, args], index) => ({
		id: `call_${Date.now().toString(36)}_${index}`,
		type: 'function',
		function: { name, arguments: JSON.stringify(args) },
	})),
});

const finalAnswer = (content) => ({ role: 'assistant', content });

function completion(message, model) {
	return {
		id: `chatcmpl-${Date.now()}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
		usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
	};
}

function streamed(res, message, model) {
	res.writeHead(200, { 'content-type': 'text/event-stream' });
	const base = { id: `chatcmpl-${Date.now()}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model };
	const delta = message.tool_calls
		? { role: 'assistant', content: null, tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) }
		: { role: 'assistant', content: message.content };
	res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`);
	const finish = message.tool_calls ? 'tool_calls' : 'stop';
	res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: finish }], usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 } })}\n\n`);
	res.end('data: [DONE]\n\n');
}

async function startScriptedModel(script) {
	const requests = [];
	const server = http.createServer(async (req, res) => {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const text = Buffer.concat(chunks).toString('utf8');
		if (req.method === 'GET' && req.url.startsWith('/v1/models')) {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', owned_by: 'test' }] }));
			return;
		}
		if (req.method !== 'POST' || !req.url.startsWith('/v1/chat/completions')) {
			res.writeHead(404, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ error: { message: `No route ${req.method} ${req.url} in the scripted model` } }));
			return;
		}
		let body;
		try {
			body = JSON.parse(text);
		} catch {
			body = { unreadable: text };
		}
		requests.push(body);
		let message;
		try {
			message = script(body, requests.length - 1);
		} catch (error) {
			message = finalAnswer(`SCRIPT ERROR: ${error.message}`);
		}
		if (body.stream) {
			streamed(res, message, body.model);
			return;
		}
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify(completion(message, body.model)));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}/v1`,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** The tool messages (results n8n gave the model) of a request, newest last. */
const toolResults = (request) => (request.messages ?? []).filter((message) => message.role === 'tool');

module.exports = { startScriptedModel, toolCalls, finalAnswer, toolResults };
