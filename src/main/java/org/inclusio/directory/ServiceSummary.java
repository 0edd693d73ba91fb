package org.inclusio.directory;

import java.util.List;

/**
 * A service as other modules see it, its texts in the language asked for (or a fallback). providerId is the account
 * module's provider whose staff answer referrals to it, or null when no provider maintains it.
 */
public record ServiceSummary(String id, String name, String organizationName, String description,
		List<String> needCodes, long tenantId, Long providerId) {
}
