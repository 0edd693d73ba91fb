package org.inclusio.learning.internal;

import java.util.Arrays;
import org.springframework.validation.Errors;

/** A new course: the address learners see it under, its group in the catalogue and its English title. */
public class ManageCourseForm {

	/** Taken by the authoring pages themselves: a course with this slug could not be reached. */
	static final String RESERVED_SLUG = "manage";

	private String slug = "";

	private String category = "";

	private String title = "";

	void check(Errors errors) {
		String slug = slug();
		if (slug.isEmpty()) {
			errors.rejectValue("slug", "learningmanage.error.slug.required");
		}
		else if (slug.length() > 80 || !CourseFile.SLUG.matcher(slug).matches() || slug.equals(RESERVED_SLUG)) {
			errors.rejectValue("slug", "learningmanage.error.slug.invalid");
		}
		if (Arrays.stream(Category.values()).noneMatch(c -> c.name().equals(category))) {
			errors.rejectValue("category", "learningmanage.error.category.required");
		}
		if (title.isBlank()) {
			errors.rejectValue("title", "learningmanage.error.title.required");
		}
		else if (title.strip().length() > ManageDetailsForm.MAX_TITLE) {
			errors.rejectValue("title", "learningmanage.error.tooLong", new Object[] { String.valueOf(ManageDetailsForm.MAX_TITLE) }, null);
		}
	}

	/** The slug as typed, without spaces around it. */
	String slug() {
		return slug.strip();
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category == null ? "" : category;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}
}
