/**
 * Money management for citizens: a monthly budget planner (income, essential costs, bills and debts by priority,
 * with the debts of linked accounts filled in), a "what if I pay more" view, plain-language advice, and due-date
 * reminders and arrears alerts by email and in the app.
 * <p>
 * Uses the account module's linked accounts, the identity module's people and audit log, and the notification
 * module's mailer. No other module depends on this one; it offers no Java API, only its pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Money management")
package org.inclusio.money;
