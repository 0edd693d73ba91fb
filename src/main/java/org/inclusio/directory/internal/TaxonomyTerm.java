package org.inclusio.directory.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A term of a taxonomy (HSDS taxonomy_term); the need categories have codes like employment, housing. */
@Entity
@Table(name = "directory_taxonomy_term")
public class TaxonomyTerm {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@Column(name = "code")
	private String code;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "name_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "name_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalText name = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "description_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "description_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalText description = new LocalText();

	@Column(name = "parent_id")
	private String parentId;

	@Column(name = "taxonomy")
	private String taxonomy;

	@Column(name = "taxonomy_id")
	private String taxonomyId;

	@Column(name = "language")
	private String language;

	@Column(name = "term_uri")
	private String termUri;

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public LocalText getName() {
		return name == null ? (name = new LocalText()) : name;
	}

	public void setName(LocalText name) {
		this.name = name;
	}

	public LocalText getDescription() {
		return description == null ? (description = new LocalText()) : description;
	}

	public void setDescription(LocalText description) {
		this.description = description;
	}

	public String getParentId() {
		return parentId;
	}

	public void setParentId(String parentId) {
		this.parentId = parentId;
	}

	public String getTaxonomy() {
		return taxonomy;
	}

	public void setTaxonomy(String taxonomy) {
		this.taxonomy = taxonomy;
	}

	public String getTaxonomyId() {
		return taxonomyId;
	}

	public void setTaxonomyId(String taxonomyId) {
		this.taxonomyId = taxonomyId;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTermUri() {
		return termUri;
	}

	public void setTermUri(String termUri) {
		this.termUri = termUri;
	}
}
