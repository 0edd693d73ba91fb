package org.inclusio.directory;

/** A need category of the directory (a term of the inclusio-needs taxonomy), e.g. "housing", with its name. */
public record NeedCategory(String code, String name) {
}
