package org.inclusio.learning.internal;

import org.springframework.validation.Errors;

/**
 * A lesson of a draft: title and Markdown text in each language, and optionally a picture (with its description in
 * each language) and a video link (with what the video says, for those who cannot watch or hear it).
 */
public class ManageLessonForm {

	static final int MAX_BODY = 20_000, MAX_ALT = 300, MAX_TRANSCRIPT = 20_000;

	private ManageText title = new ManageText();

	private ManageText body = new ManageText();

	private String imageUrl = "";

	private ManageText imageAlt = new ManageText();

	private String videoUrl = "";

	private ManageText transcript = new ManageText();

	void check(Errors errors) {
		ManageChecks.required(errors, "title", title, "learningmanage.error.lessonTitle.required", ManageDetailsForm.MAX_TITLE);
		ManageChecks.required(errors, "body", body, "learningmanage.error.body.required", MAX_BODY);
		String image = imageUrl.strip();
		if (!image.isEmpty() && !ManageChecks.IMAGE.matcher(image).matches()) {
			errors.rejectValue("imageUrl", "learningmanage.error.imageUrl");
		}
		if (!image.isEmpty() || !imageAlt.isEmpty()) {
			if (image.isEmpty()) {
				errors.rejectValue("imageUrl", "learningmanage.error.imageUrl.required");
			}
			ManageChecks.required(errors, "imageAlt", imageAlt, "learningmanage.error.imageAlt.required", MAX_ALT);
		}
		String video = videoUrl.strip();
		if (!video.isEmpty() && !ManageChecks.VIDEO.matcher(video).matches()) {
			errors.rejectValue("videoUrl", "learningmanage.error.videoUrl");
		}
		if (!video.isEmpty() || !transcript.isEmpty()) {
			if (video.isEmpty()) {
				errors.rejectValue("videoUrl", "learningmanage.error.videoUrl.required");
			}
			ManageChecks.required(errors, "transcript", transcript, "learningmanage.error.transcript.required", MAX_TRANSCRIPT);
		}
	}

	String image() {
		return imageUrl.isBlank() ? null : imageUrl.strip();
	}

	String video() {
		return videoUrl.isBlank() ? null : videoUrl.strip();
	}

	public ManageText getTitle() {
		return title;
	}

	public void setTitle(ManageText title) {
		this.title = title;
	}

	public ManageText getBody() {
		return body;
	}

	public void setBody(ManageText body) {
		this.body = body;
	}

	public String getImageUrl() {
		return imageUrl;
	}

	public void setImageUrl(String imageUrl) {
		this.imageUrl = imageUrl == null ? "" : imageUrl;
	}

	public ManageText getImageAlt() {
		return imageAlt;
	}

	public void setImageAlt(ManageText imageAlt) {
		this.imageAlt = imageAlt;
	}

	public String getVideoUrl() {
		return videoUrl;
	}

	public void setVideoUrl(String videoUrl) {
		this.videoUrl = videoUrl == null ? "" : videoUrl;
	}

	public ManageText getTranscript() {
		return transcript;
	}

	public void setTranscript(ManageText transcript) {
		this.transcript = transcript;
	}
}
