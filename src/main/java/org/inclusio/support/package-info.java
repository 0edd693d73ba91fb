/**
 * Holistic support: a citizen's needs self-assessment (repeatable, so progress shows) with matching directory
 * services and courses, closed-loop referrals to directory services with the citizen's consent for exactly what is
 * shared, and one support plan per citizen that the citizen and their caseworker share.
 * <p>
 * Uses the directory's services, the account module's caseworker consent and provider staff, the learning module's
 * catalogue and progress, the identity module's people and audit log, and the notification module's mailer. Offers
 * no Java API, only its pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package org.inclusio.support;
