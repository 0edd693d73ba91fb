package org.inclusio.directory.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** Links a taxonomy term to any record (HSDS attribute): link_entity 'service' and link_id a service id for a service's need categories. */
@Entity
@Table(name = "directory_attribute")
public class Attribute {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@Column(name = "link_id")
	private String linkId;

	@Column(name = "link_type")
	private String linkType;

	@Column(name = "link_entity")
	private String linkEntity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "taxonomy_term_id")
	private TaxonomyTerm taxonomyTerm;

	@Column(name = "value")
	private String value;

	@Column(name = "label")
	private String label;

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getLinkId() {
		return linkId;
	}

	public void setLinkId(String linkId) {
		this.linkId = linkId;
	}

	public String getLinkType() {
		return linkType;
	}

	public void setLinkType(String linkType) {
		this.linkType = linkType;
	}

	public String getLinkEntity() {
		return linkEntity;
	}

	public void setLinkEntity(String linkEntity) {
		this.linkEntity = linkEntity;
	}

	public TaxonomyTerm getTaxonomyTerm() {
		return taxonomyTerm;
	}

	public void setTaxonomyTerm(TaxonomyTerm taxonomyTerm) {
		this.taxonomyTerm = taxonomyTerm;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label;
	}
}
