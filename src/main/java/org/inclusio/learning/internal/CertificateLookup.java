package org.inclusio.learning.internal;

/** The verification form: the code as somebody typed it, kept as typed when it is shown again with an error. */
public class CertificateLookup {

	private String code;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}
}
