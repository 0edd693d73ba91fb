package org.inclusio.account.internal;

record Provider(long id, long tenantId, String name, ProviderKind kind) {
}
