package org.inclusio.account;

/**
 * What an account is for. The order is the order of priority when money is short: losing one's home or
 * heating comes first, then council tax (which can lead to enforcement), then the rest.
 */
public enum AccountKind {
	RENT, COUNCIL_TAX, ENERGY, WATER, LOAN, OTHER;

	public boolean isPriorityDebt() {
		return this == RENT || this == COUNCIL_TAX || this == ENERGY || this == WATER;
	}
}
