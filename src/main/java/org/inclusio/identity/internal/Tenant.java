package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A municipality running Inclusio. Everything personal belongs to exactly one. */
@Entity
@Table(name = "identity_tenant")
class Tenant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(name = "name_bg", nullable = false)
	private String nameBg;

	@Column(name = "name_lv", nullable = false)
	private String nameLv;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(nullable = false)
	private String country;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Tenant() {
	}

	Tenant(String code, String nameBg, String nameLv, String nameEn, String country, Instant createdAt) {
		this.code = code;
		this.nameBg = nameBg;
		this.nameLv = nameLv;
		this.nameEn = nameEn;
		this.country = country;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "bg" -> nameBg;
			case "lv" -> nameLv;
			default -> nameEn;
		};
	}
}
