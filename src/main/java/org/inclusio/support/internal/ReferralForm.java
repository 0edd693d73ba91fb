package org.inclusio.support.internal;

/** What a referral sends: to which service, and what the citizen agreed to share with it. */
public class ReferralForm {

	static final int NOTE_MAX = 1000;

	private String service;

	private boolean shareContact;

	private boolean shareAssessment;

	private boolean shareNote;

	private String note;

	private boolean agree;

	public String getService() {
		return service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public boolean isShareContact() {
		return shareContact;
	}

	public void setShareContact(boolean shareContact) {
		this.shareContact = shareContact;
	}

	public boolean isShareAssessment() {
		return shareAssessment;
	}

	public void setShareAssessment(boolean shareAssessment) {
		this.shareAssessment = shareAssessment;
	}

	public boolean isShareNote() {
		return shareNote;
	}

	public void setShareNote(boolean shareNote) {
		this.shareNote = shareNote;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isAgree() {
		return agree;
	}

	public void setAgree(boolean agree) {
		this.agree = agree;
	}
}
