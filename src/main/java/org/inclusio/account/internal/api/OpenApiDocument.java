package org.inclusio.account.internal.api;

/** The OpenAPI 3.1 description of the provider API, served at {@code /api/providers/v1/openapi.json}. */
final class OpenApiDocument {

	private OpenApiDocument() {
	}

	static final String JSON = """
			{
			  "openapi": "3.1.0",
			  "info": {
			    "title": "Inclusio provider API",
			    "version": "1.0.0",
			    "description": "Landlords, the municipality's revenue office, utilities and other providers send account data for their customers who linked their account in Inclusio with consent. Data is accepted only for a reference with an active link whose consent is neither revoked nor expired; rows for other references are refused with the code NOT_LINKED and never stored. A batch is stored all or nothing (HTTP 422 with every row error, nothing stored) unless `partial=true` is given (good rows stored, bad rows reported, HTTP 200). Re-sending a batch is safe: accounts are upserted, transactions and messages are identified by `externalId` and an identical row is reported as `unchanged`. At most 5000 rows and 5 MB per request; 20 requests per second per key on average, bursts of 40 (HTTP 429 with Retry-After). Errors of a whole request are `{code, message, requestId}`."
			  },
			  "servers": [ { "url": "/api/providers/v1" } ],
			  "security": [ { "apiKey": [] } ],
			  "paths": {
			    "/accounts": {
			      "post": {
			        "operationId": "pushAccounts",
			        "summary": "Create or update accounts (balance, arrears, next payment)",
			        "parameters": [ { "$ref": "#/components/parameters/partial" } ],
			        "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/AccountBatch" } } } },
			        "responses": {
			          "200": { "$ref": "#/components/responses/BatchStored" },
			          "400": { "$ref": "#/components/responses/BadRequest" },
			          "401": { "$ref": "#/components/responses/Unauthorized" },
			          "413": { "$ref": "#/components/responses/TooLarge" },
			          "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
			          "422": { "$ref": "#/components/responses/BatchRefused" },
			          "429": { "$ref": "#/components/responses/TooManyRequests" }
			        }
			      }
			    },
			    "/transactions": {
			      "post": {
			        "operationId": "pushTransactions",
			        "summary": "Add payments and charges of accounts already sent",
			        "description": "Idempotent on (reference, externalId): the same row again changes nothing; the same externalId with different content is the row error DUPLICATE_DIFFERENT. The account of the reference must have been sent first (else NO_ACCOUNT).",
			        "parameters": [ { "$ref": "#/components/parameters/partial" } ],
			        "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/TransactionBatch" } } } },
			        "responses": {
			          "200": { "$ref": "#/components/responses/BatchStored" },
			          "400": { "$ref": "#/components/responses/BadRequest" },
			          "401": { "$ref": "#/components/responses/Unauthorized" },
			          "413": { "$ref": "#/components/responses/TooLarge" },
			          "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
			          "422": { "$ref": "#/components/responses/BatchRefused" },
			          "429": { "$ref": "#/components/responses/TooManyRequests" }
			        }
			      }
			    },
			    "/messages": {
			      "post": {
			        "operationId": "pushMessages",
			        "summary": "Send messages to customers",
			        "description": "Idempotent on externalId (unique per provider).",
			        "parameters": [ { "$ref": "#/components/parameters/partial" } ],
			        "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/MessageBatch" } } } },
			        "responses": {
			          "200": { "$ref": "#/components/responses/BatchStored" },
			          "400": { "$ref": "#/components/responses/BadRequest" },
			          "401": { "$ref": "#/components/responses/Unauthorized" },
			          "413": { "$ref": "#/components/responses/TooLarge" },
			          "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
			          "422": { "$ref": "#/components/responses/BatchRefused" },
			          "429": { "$ref": "#/components/responses/TooManyRequests" }
			        }
			      }
			    },
			    "/links": {
			      "get": {
			        "operationId": "linkStatus",
			        "summary": "Which references are linked, and which were revoked, since a given time",
			        "description": "Per reference: ACTIVE while at least one customer's link with valid consent exists, REVOKED when consent was withdrawn or expired (stop sending; data already sent has been deleted). Oldest change first, at most 10000 per call; when hasMore is true, call again with since = the last changedAt.",
			        "parameters": [ { "name": "since", "in": "query", "required": false, "description": "Only changes after this instant (exclusive), ISO-8601, e.g. 2026-11-23T10:15:30Z", "schema": { "type": "string", "format": "date-time" } } ],
			        "responses": {
			          "200": { "description": "Link status", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/LinkStatusPage" } } } },
			          "400": { "$ref": "#/components/responses/BadRequest" },
			          "401": { "$ref": "#/components/responses/Unauthorized" },
			          "429": { "$ref": "#/components/responses/TooManyRequests" }
			        }
			      }
			    },
			    "/openapi.json": {
			      "get": {
			        "operationId": "openApi",
			        "summary": "This document",
			        "security": [],
			        "responses": { "200": { "description": "OpenAPI 3.1 document", "content": { "application/json": {} } } }
			      }
			    }
			  },
			  "components": {
			    "securitySchemes": {
			      "apiKey": { "type": "http", "scheme": "bearer", "description": "Authorization: Bearer inc_... An API key made by the provider's staff in Inclusio (Your organisation → API keys). Shown once; revoked keys stop working at once." }
			    },
			    "parameters": {
			      "partial": { "name": "partial", "in": "query", "required": false, "description": "false (default): any bad row and nothing is stored (422). true: good rows are stored, bad rows reported (200).", "schema": { "type": "boolean", "default": false } }
			    },
			    "responses": {
			      "BatchStored": { "description": "Stored (with partial=true, possibly with row errors for the rows not stored)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BatchResult" } } } },
			      "BatchRefused": { "description": "At least one bad row; nothing was stored", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/BatchResult" } } } },
			      "TooLarge": { "description": "Body over 5 MB (BODY_TOO_LARGE) or more than 5000 rows (TOO_MANY_ROWS)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
			      "UnsupportedMediaType": { "description": "Content-Type is not application/json (UNSUPPORTED_MEDIA_TYPE)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
			      "BadRequest": { "description": "Malformed JSON (MALFORMED_JSON), unknown field (UNKNOWN_FIELD), missing array (MISSING_FIELD), row not an object (INVALID_ROW) or bad query parameter (INVALID_PARAMETER)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
			      "Unauthorized": { "description": "No key (MISSING_KEY), or an unknown or revoked key (INVALID_KEY)", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
			      "TooManyRequests": { "description": "Rate limit of the key reached (RATE_LIMITED)", "headers": { "Retry-After": { "description": "Seconds to wait", "schema": { "type": "integer" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
			    },
			    "schemas": {
			      "Reference": { "type": "string", "minLength": 1, "maxLength": 64, "description": "Your customer reference, as printed on the link code letter" },
			      "Amount": { "description": "Up to 2 decimals, at most 10,000,000 either way; a JSON number or a string such as \\"120.50\\"", "oneOf": [ { "type": "number" }, { "type": "string", "pattern": "^[+-]?[0-9]+(\\\\.[0-9]+)?$" } ] },
			      "Account": {
			        "type": "object", "additionalProperties": false,
			        "required": [ "reference", "kind", "currency", "balance", "arrears" ],
			        "properties": {
			          "reference": { "$ref": "#/components/schemas/Reference" },
			          "kind": { "type": "string", "enum": [ "RENT", "COUNCIL_TAX", "ENERGY", "WATER", "LOAN", "OTHER" ] },
			          "currency": { "type": "string", "enum": [ "BGN", "EUR" ] },
			          "balance": { "$ref": "#/components/schemas/Amount", "description": "What the customer owes in total (negative: in credit)" },
			          "arrears": { "$ref": "#/components/schemas/Amount", "description": "The part of the balance that is overdue; not negative, not more than the balance" },
			          "nextDueDate": { "type": [ "string", "null" ], "format": "date", "description": "yyyy-MM-dd, at most one year ahead; with nextDueAmount or neither" },
			          "nextDueAmount": { "oneOf": [ { "$ref": "#/components/schemas/Amount" }, { "type": "null" } ], "description": "Not negative; with nextDueDate or neither" }
			        }
			      },
			      "Transaction": {
			        "type": "object", "additionalProperties": false,
			        "required": [ "reference", "externalId", "date", "amount", "description" ],
			        "properties": {
			          "reference": { "$ref": "#/components/schemas/Reference" },
			          "externalId": { "type": "string", "minLength": 1, "maxLength": 64, "description": "Your id of the transaction, unique per account" },
			          "date": { "type": "string", "format": "date", "description": "yyyy-MM-dd, from 2000-01-01 to tomorrow" },
			          "amount": { "$ref": "#/components/schemas/Amount", "description": "Negative for a charge, positive for a payment" },
			          "description": { "type": "string", "minLength": 1, "maxLength": 300 }
			        }
			      },
			      "Message": {
			        "type": "object", "additionalProperties": false,
			        "required": [ "reference", "externalId", "subject", "body", "sentAt" ],
			        "properties": {
			          "reference": { "$ref": "#/components/schemas/Reference" },
			          "externalId": { "type": "string", "minLength": 1, "maxLength": 64, "description": "Your id of the message, unique per provider" },
			          "subject": { "type": "string", "minLength": 1, "maxLength": 200 },
			          "body": { "type": "string", "minLength": 1, "maxLength": 4000 },
			          "sentAt": { "type": "string", "format": "date-time", "description": "ISO-8601 with offset, at most one day ahead" }
			        }
			      },
			      "AccountBatch": { "type": "object", "additionalProperties": false, "required": [ "accounts" ], "properties": { "accounts": { "type": "array", "maxItems": 5000, "items": { "$ref": "#/components/schemas/Account" } } } },
			      "TransactionBatch": { "type": "object", "additionalProperties": false, "required": [ "transactions" ], "properties": { "transactions": { "type": "array", "maxItems": 5000, "items": { "$ref": "#/components/schemas/Transaction" } } } },
			      "MessageBatch": { "type": "object", "additionalProperties": false, "required": [ "messages" ], "properties": { "messages": { "type": "array", "maxItems": 5000, "items": { "$ref": "#/components/schemas/Message" } } } },
			      "BatchResult": {
			        "type": "object",
			        "required": [ "received", "accepted", "created", "updated", "unchanged", "errors" ],
			        "properties": {
			          "received": { "type": "integer", "description": "Rows in the batch" },
			          "accepted": { "type": "integer", "description": "Rows stored or already stored identically (0 when the batch was refused)" },
			          "created": { "type": "integer" },
			          "updated": { "type": "integer", "description": "Accounts whose values changed" },
			          "unchanged": { "type": "integer", "description": "Rows already stored with the same content" },
			          "errors": { "type": "array", "items": { "$ref": "#/components/schemas/RowError" } }
			        }
			      },
			      "RowError": {
			        "type": "object",
			        "required": [ "row", "code", "message" ],
			        "properties": {
			          "row": { "type": "integer", "description": "Position of the row in the array, the first being 1" },
			          "field": { "type": [ "string", "null" ] },
			          "code": { "type": "string", "enum": [ "REQUIRED", "TOO_LONG", "INVALID_CHARACTERS", "INVALID_TYPE", "INVALID_KIND", "INVALID_CURRENCY", "INVALID_NUMBER", "TOO_MANY_DECIMALS", "OUT_OF_RANGE", "NEGATIVE", "ARREARS_ABOVE_BALANCE", "DUE_INCOMPLETE", "INVALID_DATE", "INVALID_DATETIME", "DATE_TOO_EARLY", "DATE_TOO_LATE", "DUPLICATE_IN_BATCH", "DUPLICATE_DIFFERENT", "NOT_LINKED", "NO_ACCOUNT" ] },
			          "message": { "type": "string" }
			        }
			      },
			      "LinkStatusPage": {
			        "type": "object",
			        "required": [ "links", "hasMore" ],
			        "properties": {
			          "links": { "type": "array", "items": { "type": "object", "required": [ "reference", "status", "changedAt" ], "properties": { "reference": { "type": "string" }, "status": { "type": "string", "enum": [ "ACTIVE", "REVOKED" ] }, "changedAt": { "type": "string", "format": "date-time" } } } },
			          "hasMore": { "type": "boolean" }
			        }
			      },
			      "Error": {
			        "type": "object",
			        "required": [ "code", "message" ],
			        "properties": { "code": { "type": "string" }, "message": { "type": "string" }, "requestId": { "type": [ "string", "null" ] } }
			      }
			    }
			  }
			}
			""";
}
