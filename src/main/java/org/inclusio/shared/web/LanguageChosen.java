package org.inclusio.shared.web;

import java.util.Locale;

/** Published when a person picks a language with the switcher, so it can be remembered for their account. */
public record LanguageChosen(Locale locale) {
}
