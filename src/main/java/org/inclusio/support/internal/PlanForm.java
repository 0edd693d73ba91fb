package org.inclusio.support.internal;

/** One of the small forms of the support plan: a goal, an action (with owner and date), a note or a course. */
public class PlanForm {

	static final int TEXT_MAX = 500;

	static final int NOTE_MAX = 2000;

	private String text;

	private String owner;

	private String due;

	private String course;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getDue() {
		return due;
	}

	public void setDue(String due) {
		this.due = due;
	}

	public String getCourse() {
		return course;
	}

	public void setCourse(String course) {
		this.course = course;
	}
}
