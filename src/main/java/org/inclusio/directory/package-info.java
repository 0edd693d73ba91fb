/**
 * Directory: organisations, services and locations after Open Referral HSDS 3.0, every text in Bulgarian, Latvian
 * and English; the public service and organisation pages, the pages where provider staff maintain their services,
 * the HSDS API and import/export, and the search.
 * <p>
 * Other modules ask {@link org.inclusio.directory.Directory} for services and need categories. Uses the identity
 * module's signed-in user and the account module's providers (whose staff maintain an organisation).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.inclusio.directory;
