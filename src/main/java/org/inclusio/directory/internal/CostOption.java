package org.inclusio.directory.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a service costs (HSDS cost_option); an amount of 0 means free. */
@Entity
@Table(name = "directory_cost_option")
public class CostOption {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "service_id")
	private DirectoryService service;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "option_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "option_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "option_en")) })
	private LocalText option = new LocalText();

	@Column(name = "currency")
	private String currency;

	@Column(name = "amount", precision = 12, scale = 2)
	private BigDecimal amount;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "amount_description_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "amount_description_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "amount_description_en")) })
	private LocalText amountDescription = new LocalText();

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public DirectoryService getService() {
		return service;
	}

	public void setService(DirectoryService service) {
		this.service = service;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public LocalText getOption() {
		return option == null ? (option = new LocalText()) : option;
	}

	public void setOption(LocalText option) {
		this.option = option;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalText getAmountDescription() {
		return amountDescription == null ? (amountDescription = new LocalText()) : amountDescription;
	}

	public void setAmountDescription(LocalText amountDescription) {
		this.amountDescription = amountDescription;
	}
}
