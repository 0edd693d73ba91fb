/**
 * Local Action Plan (URBACT style): a municipality's plan for a theme, with a vision, objectives, actions (who is
 * responsible, with whom, when, at what cost and from which fund), indicators per action and progress updates; a
 * public accountability page per plan with charts, data tables and exports. Approved versions are kept, and changes
 * since the last approval are shown. Each action names the workshop decisions and ideas it came from, read through
 * the codesign module's public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local Action Plan")
package org.inclusio.actionplan;
