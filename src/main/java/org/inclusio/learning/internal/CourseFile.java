package org.inclusio.learning.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.inclusio.shared.web.Languages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One course as written in a {@code learning/courses/*.yml} file (the format is in that folder's README), read and
 * checked completely before anything is stored: a file with any mistake is refused as a whole, with a message that
 * says where.
 */
record CourseFile(String slug, Category category, int position, int minutes, Texts title, Texts summary,
		List<Lesson> lessons, int passPercent, List<Question> questions, String contentHash) {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final Pattern IMAGE = Pattern.compile("/images/learning/[A-Za-z0-9._-]+\\.(svg|png|jpg|jpeg|webp)");

	static final int MIN_LESSONS = 3, MAX_LESSONS = 5, MIN_QUESTIONS = 4, MAX_QUESTIONS = 6, MIN_ANSWERS = 2,
			MAX_ANSWERS = 5, DEFAULT_PASS_PERCENT = 70;

	record Lesson(String slug, Texts title, Texts body, Image image, Video video) {
	}

	record Image(String src, Texts alt) {
	}

	record Video(String url, Texts transcript) {
	}

	record Question(boolean multiple, Texts text, List<Answer> answers) {
	}

	record Answer(Texts text, boolean correct, Texts feedback) {
	}

	/** Reads a course file; throws {@link CourseFileException} saying what is wrong and where. */
	static CourseFile read(byte[] content) {
		Object document;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			document = new Yaml(new SafeConstructor(options)).load(new String(content, StandardCharsets.UTF_8));
		}
		catch (YAMLException ex) {
			throw new CourseFileException("not valid YAML: " + ex.getMessage().replaceAll("\\s+", " "));
		}
		Node root = new Node("", document);
		Map<String, Object> course = root.map(Set.of("slug", "category", "position", "minutes", "title", "summary",
				"lessons", "quiz"));
		String slug = root.at("slug", course).slug();
		Category category = root.at("category", course).category();
		int position = root.at("position", course).integer(0, 10_000);
		int minutes = root.at("minutes", course).integer(1, 600);
		Texts title = root.at("title", course).texts();
		Texts summary = root.at("summary", course).texts();

		List<Lesson> lessons = new ArrayList<>();
		Set<String> lessonSlugs = new HashSet<>();
		List<Node> lessonNodes = root.at("lessons", course).list(MIN_LESSONS, MAX_LESSONS);
		for (Node node : lessonNodes) {
			Map<String, Object> lesson = node.map(Set.of("slug", "title", "body", "image", "video"));
			String lessonSlug = node.at("slug", lesson).slug();
			if (!lessonSlugs.add(lessonSlug)) {
				throw new CourseFileException(node.path + ".slug: \"" + lessonSlug + "\" is used by another lesson");
			}
			Image image = null;
			if (lesson.get("image") != null) {
				Node imageNode = node.at("image", lesson);
				Map<String, Object> fields = imageNode.map(Set.of("src", "alt"));
				Node src = imageNode.at("src", fields);
				String path = src.string();
				if (!IMAGE.matcher(path).matches()) {
					throw new CourseFileException(src.path + ": must be a file under /images/learning/, e.g. /images/learning/inbox.svg");
				}
				image = new Image(path, imageNode.at("alt", fields).texts());
			}
			Video video = null;
			if (lesson.get("video") != null) {
				Node videoNode = node.at("video", lesson);
				Map<String, Object> fields = videoNode.map(Set.of("url", "transcript"));
				Node url = videoNode.at("url", fields);
				String address = url.string();
				if (!address.matches("https?://[^\\s\"<>]+")) {
					throw new CourseFileException(url.path + ": must be an http or https address");
				}
				video = new Video(address, videoNode.at("transcript", fields).texts());
			}
			lessons.add(new Lesson(lessonSlug, node.at("title", lesson).texts(), node.at("body", lesson).texts(), image,
					video));
		}

		Node quizNode = root.at("quiz", course);
		Map<String, Object> quiz = quizNode.map(Set.of("pass-percent", "questions"));
		int passPercent = quiz.get("pass-percent") == null ? DEFAULT_PASS_PERCENT
				: quizNode.at("pass-percent", quiz).integer(1, 100);
		List<Question> questions = new ArrayList<>();
		for (Node node : quizNode.at("questions", quiz).list(MIN_QUESTIONS, MAX_QUESTIONS)) {
			Map<String, Object> question = node.map(Set.of("multiple", "text", "answers"));
			boolean multiple = question.get("multiple") != null && node.at("multiple", question).bool();
			List<Answer> answers = new ArrayList<>();
			for (Node answerNode : node.at("answers", question).list(MIN_ANSWERS, MAX_ANSWERS)) {
				Map<String, Object> answer = answerNode.map(Set.of("text", "correct", "feedback"));
				boolean correct = answer.get("correct") != null && answerNode.at("correct", answer).bool();
				answers.add(new Answer(answerNode.at("text", answer).texts(), correct,
						answerNode.at("feedback", answer).texts()));
			}
			long right = answers.stream().filter(Answer::correct).count();
			if (right == 0) {
				throw new CourseFileException(node.path + ": no answer is marked correct: true");
			}
			if (!multiple && right > 1) {
				throw new CourseFileException(node.path + ": " + right
						+ " answers are correct, but only one can be chosen (set multiple: true to allow several)");
			}
			questions.add(new Question(multiple, node.at("text", question).texts(), List.copyOf(answers)));
		}
		// the catalogue's order and group can change without making a new version for the people taking it
		Map<String, Object> hashed = new LinkedHashMap<>(course);
		hashed.remove("position");
		hashed.remove("category");
		return new CourseFile(slug, category, position, minutes, title, summary, List.copyOf(lessons), passPercent,
				List.copyOf(questions), sha256(new Yaml().dump(hashed)));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A value in the file and where it is, e.g. "lessons[2].title", for messages that point at the mistake. */
	private record Node(String path, Object value) {

		Node at(String key, Map<String, Object> fields) {
			String where = path.isEmpty() ? key : path + "." + key;
			Object found = fields.get(key);
			if (found == null) {
				throw new CourseFileException(where + ": missing");
			}
			return new Node(where, found);
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> map(Set<String> allowed) {
			if (!(value instanceof Map<?, ?> map)) {
				throw new CourseFileException(name() + ": expected a block of fields");
			}
			for (Object key : map.keySet()) {
				if (!(key instanceof String name) || !allowed.contains(name)) {
					throw new CourseFileException(name() + ": unknown field \"" + key + "\" (allowed: "
							+ String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
				}
			}
			return (Map<String, Object>) map;
		}

		List<Node> list(int min, int max) {
			if (!(value instanceof List<?> list)) {
				throw new CourseFileException(path + ": expected a list");
			}
			if (list.size() < min || list.size() > max) {
				throw new CourseFileException(path + ": has " + list.size() + " entries, expected " + min + " to " + max);
			}
			List<Node> nodes = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				nodes.add(new Node(path + "[" + (i + 1) + "]", list.get(i)));
			}
			return nodes;
		}

		String string() {
			if (!(value instanceof String text) || text.isBlank()) {
				throw new CourseFileException(path + ": expected a text");
			}
			return text.strip();
		}

		String slug() {
			String slug = value instanceof String text ? text : String.valueOf(value);
			if (!SLUG.matcher(slug).matches() || slug.length() > 80) {
				throw new CourseFileException(path + ": \"" + slug + "\" is not a slug (a-z, 0-9 and '-')");
			}
			return slug;
		}

		Category category() {
			try {
				return Category.valueOf(String.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				throw new CourseFileException(path + ": \"" + value + "\" is not a category (DIGITAL or MONEY)");
			}
		}

		int integer(int min, int max) {
			if (!(value instanceof Integer number) || number < min || number > max) {
				throw new CourseFileException(path + ": expected a whole number from " + min + " to " + max);
			}
			return number;
		}

		boolean bool() {
			if (!(value instanceof Boolean flag)) {
				throw new CourseFileException(path + ": expected true or false");
			}
			return flag;
		}

		/** Texts by language: English is required, the other supported languages may be missing. */
		Texts texts() {
			if (!(value instanceof Map<?, ?> map)) {
				throw new CourseFileException(path + ": expected texts by language, e.g. { bg: \"…\", lv: \"…\", en: \"…\" }");
			}
			Map<String, String> texts = new LinkedHashMap<>();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String language = String.valueOf(entry.getKey());
				if (!Languages.isSupported(language) || !language.equals(language.toLowerCase(java.util.Locale.ROOT))) {
					throw new CourseFileException(path + ": unknown language \"" + language + "\" (bg, lv or en)");
				}
				if (entry.getValue() != null && !(entry.getValue() instanceof String)) {
					throw new CourseFileException(path + "." + language + ": expected a text");
				}
				String text = (String) entry.getValue();
				if (text != null && !text.isBlank()) {
					texts.put(language, text.strip());
				}
			}
			if (!texts.containsKey(Texts.FALLBACK)) {
				throw new CourseFileException(path + ": no English (en) text");
			}
			return new Texts(texts);
		}

		private String name() {
			return path.isEmpty() ? "the file" : path;
		}
	}
}
