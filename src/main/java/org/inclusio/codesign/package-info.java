/**
 * Co-design: workshop series in which service users and providers design measures and services as equals (the
 * local support group), their sessions, invitations by email or printed letter with a short code, replies with
 * access needs and a waiting list, ideas, comments, themes, equal-voice dot voting, decisions, attendance and minutes.
 * <p>
 * Other modules (the Local Action Plan) may ask {@link org.inclusio.codesign.Workshops} for the decisions taken and the
 * ideas behind them, to show why a municipality does something. Uses the identity module's signed-in user, people and
 * audit log, and the notification module's mailer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-design")
package org.inclusio.codesign;
