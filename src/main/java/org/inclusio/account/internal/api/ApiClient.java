package org.inclusio.account.internal.api;

/** Who calls the provider API: the key (by id and shown prefix) and the provider and municipality it acts for. */
record ApiClient(long keyId, long providerId, long tenantId, String keyPrefix) {
}
