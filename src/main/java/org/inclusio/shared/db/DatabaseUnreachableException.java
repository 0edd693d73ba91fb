package org.inclusio.shared.db;

/** The database named by {@code SPRING_DATASOURCE_URL} could not be reached at start-up. */
public class DatabaseUnreachableException extends RuntimeException {

	private final String url;

	public DatabaseUnreachableException(String url, String reason) {
		super("Cannot connect to the database at " + url + ": " + reason);
		this.url = url;
	}

	public String url() {
		return url;
	}
}
