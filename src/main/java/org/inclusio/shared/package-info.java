/**
 * Small cross-cutting pieces every module may use: i18n, web layout, errors, clock, the embedded database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.inclusio.shared;
