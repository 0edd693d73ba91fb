package org.inclusio.learning.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.util.MultiValueMap;

/**
 * The answers ticked in a quiz form (field {@code q<question id>}, value the answer id) and their marking. A question
 * is right when exactly its correct answers are ticked.
 */
record QuizAnswers(Map<Long, Set<Long>> chosen) {

	static final String FIELD_PREFIX = "q";

	/** The fields of a submitted quiz; a field or answer that is not part of these questions is a {@link NotInCourse}. */
	static QuizAnswers read(String courseSlug, MultiValueMap<String, String> form, List<Courses.Question> questions) {
		Map<Long, Courses.Question> byId = questions.stream()
			.collect(Collectors.toMap(Courses.Question::id, q -> q, (a, b) -> a, LinkedHashMap::new));
		Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			String name = field.getKey();
			if (!name.matches(FIELD_PREFIX + "\\d{1,18}")) {
				continue; // _csrf, version and the like
			}
			Courses.Question question = byId.get(Long.parseLong(name.substring(FIELD_PREFIX.length())));
			if (question == null) {
				throw new NotInCourse(courseSlug, "question " + name + " is not in this quiz");
			}
			Set<Long> answers = new LinkedHashSet<>();
			for (String value : field.getValue()) {
				Optional<Courses.Answer> answer = parse(value).flatMap(question::answer);
				if (answer.isEmpty()) {
					throw new NotInCourse(courseSlug, "answer " + value + " is not an answer to question " + question.id());
				}
				answers.add(answer.get().id());
			}
			if (!question.multiple() && answers.size() > 1) {
				throw new NotInCourse(courseSlug, "several answers to the one-answer question " + question.id());
			}
			if (!answers.isEmpty()) {
				chosen.put(question.id(), answers);
			}
		}
		return new QuizAnswers(chosen);
	}

	private static Optional<Long> parse(String value) {
		try {
			return Optional.of(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	List<Courses.Question> unanswered(List<Courses.Question> questions) {
		return questions.stream().filter(q -> !chosen.containsKey(q.id())).toList();
	}

	/** For the form shown again: whether the answer was ticked. */
	public boolean isChosen(long answerId) {
		return chosen.values().stream().anyMatch(answers -> answers.contains(answerId));
	}

	Set<Long> allChosen() {
		return chosen.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	record Mark(int score, int outOf, boolean passed) {
	}

	static boolean isRight(Courses.Question question, Set<Long> chosen) {
		Set<Long> correct = question.answers().stream()
			.filter(Courses.Answer::correct)
			.map(Courses.Answer::id)
			.collect(Collectors.toSet());
		Set<Long> ticked = question.answers().stream()
			.map(Courses.Answer::id)
			.filter(chosen::contains)
			.collect(Collectors.toSet());
		return correct.equals(ticked);
	}

	static Mark mark(List<Courses.Question> questions, Set<Long> chosen, int passPercent) {
		int score = (int) questions.stream().filter(q -> isRight(q, chosen)).count();
		return new Mark(score, questions.size(), score * 100 >= passPercent * questions.size());
	}
}
