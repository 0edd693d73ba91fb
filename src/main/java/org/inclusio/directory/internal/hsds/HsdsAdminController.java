package org.inclusio.directory.internal.hsds;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator imports and exports their municipality's whole directory as HSDS 3.0 JSON or the HSDS tabular
 * format. An import is checked first and shown with every problem (record, field, reason); it is written only
 * when the whole file is right, in one transaction.
 */
@Controller
@RequestMapping("/admin/directory")
@PreAuthorize("hasRole('ADMIN')")
class HsdsAdminController {

	static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	/** The preview lists this many problems (all are counted). */
	static final int PROBLEMS_SHOWN = 500;

	private final HsdsFiles files;

	private final HsdsImport imports;

	private final HsdsExport exports;

	private final HsdsUploads uploads;

	private final HsdsQueries queries;

	private final HsdsSearchIndex index;

	private final AuditLog audit;

	private final People people;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	HsdsAdminController(HsdsFiles files, HsdsImport imports, HsdsExport exports, HsdsUploads uploads,
			HsdsQueries queries, HsdsSearchIndex index, AuditLog audit, People people, MessageSource messages,
			JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.files = files;
		this.imports = imports;
		this.exports = exports;
		this.uploads = uploads;
		this.queries = queries;
		this.index = index;
		this.audit = audit;
		this.people = people;
		this.messages = messages;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	// ---- import ----

	@GetMapping("/import")
	String importForm(@AuthenticationPrincipal SignedInUser admin, Model model, Locale locale) {
		return importForm(admin, model, locale, locale.getLanguage(), null, null);
	}

	private String importForm(SignedInUser admin, Model model, Locale locale, String language, String fileError,
			String languageError) {
		model.addAttribute("municipality", municipality(admin, locale));
		model.addAttribute("languages", HsdsModel.LANGUAGES);
		model.addAttribute("language", language);
		model.addAttribute("fileError", fileError);
		model.addAttribute("languageError", languageError);
		return "directory/hsds/import";
	}

	@PostMapping("/import")
	String upload(@AuthenticationPrincipal SignedInUser admin, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String language, Model model, Locale locale) throws IOException {
		String languageError = Languages.isSupported(language) ? null
				: messages.getMessage("hsds.import.error.language", null, locale);
		String fileError = null;
		byte[] content = null;
		if (file == null || file.isEmpty()) {
			fileError = messages.getMessage("hsds.import.error.noFile", null, locale);
		}
		else if (file.getSize() > MAX_FILE_BYTES) {
			fileError = messages.getMessage("hsds.import.error.tooLarge", null, locale);
		}
		else {
			content = file.getBytes();
			try {
				files.read(content);
			}
			catch (HsdsFiles.Unreadable unreadable) {
				fileError = messages.getMessage("hsds.import.file." + unreadable.code, unreadable.args, locale);
			}
		}
		if (fileError != null || languageError != null) {
			return importForm(admin, model, locale, language, fileError, languageError);
		}
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "directory"
				: file.getOriginalFilename().strip();
		UUID id = uploads.save(admin.tenantId(), admin.id(), name.length() > 255 ? name.substring(0, 255) : name,
				language, content);
		return "redirect:/admin/directory/import/" + id;
	}

	/** One problem as the preview lists it. */
	record ProblemView(String record, String where, String field, String reason) {
	}

	/** One table's counts, with the table's name in the page's language. */
	record CountView(String table, HsdsImport.Counts counts) {
	}

	@GetMapping("/import/{id}")
	String preview(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, Model model, Locale locale) {
		HsdsUploads.Upload upload = find(admin, id);
		model.addAttribute("municipality", municipality(admin, locale));
		model.addAttribute("upload", upload);
		if (upload.committedAt() != null) {
			model.addAttribute("committed", true);
			return "directory/hsds/preview";
		}
		HsdsImport.Plan plan;
		try {
			plan = transaction.execute(status -> {
				status.setRollbackOnly();
				try {
					return imports.check(files.read(upload.content()), admin.tenantId(), upload.language());
				}
				catch (HsdsFiles.Unreadable ex) {
					throw new IllegalStateException("An upload is read before it is kept", ex);
				}
			});
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("problemCount", plan.problems().size());
		model.addAttribute("problems", plan.problems().stream().limit(PROBLEMS_SHOWN).map(p -> view(p, locale)).toList());
		model.addAttribute("problemsShown", PROBLEMS_SHOWN);
		model.addAttribute("counts", counts(plan, locale));
		model.addAttribute("created", plan.total(HsdsImport.Counts::created));
		model.addAttribute("changed", plan.total(HsdsImport.Counts::changed));
		model.addAttribute("unchanged", plan.total(HsdsImport.Counts::unchanged));
		return "directory/hsds/preview";
	}

	@PostMapping("/import/{id}/commit")
	String commit(@AuthenticationPrincipal SignedInUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		HsdsUploads.Upload upload = find(admin, id);
		Outcome outcome = transaction.execute(status -> {
			// one import at a time per municipality, so that two checks never pass on the same old data
			jdbc.sql("select pg_advisory_xact_lock(hashtext('directory-hsds-import'), cast(:tenant as integer))")
				.param("tenant", admin.tenantId())
				.query()
				.singleRow();
			if (!uploads.claim(id)) {
				return new Outcome("alreadyCommitted", null);
			}
			HsdsImport.Plan plan;
			try {
				plan = imports.check(files.read(upload.content()), admin.tenantId(), upload.language());
			}
			catch (HsdsFiles.Unreadable ex) {
				status.setRollbackOnly();
				return new Outcome("commitFailed", null);
			}
			if (!plan.valid()) {
				status.setRollbackOnly();
				return new Outcome("commitFailed", null);
			}
			imports.write(plan);
			audit.record("HSDS_IMPORT", "directory", admin.tenantId(),
					"upload " + id + ": " + plan.total(HsdsImport.Counts::created) + " new, "
							+ plan.total(HsdsImport.Counts::changed) + " changed, "
							+ plan.total(HsdsImport.Counts::unchanged) + " unchanged");
			return new Outcome("stored", plan);
		});
		if (outcome.plan() != null) {
			HsdsImport.Plan plan = outcome.plan();
			redirect.addFlashAttribute("stored", List.of(plan.total(HsdsImport.Counts::created),
					plan.total(HsdsImport.Counts::changed), plan.total(HsdsImport.Counts::unchanged)));
			queries.changed();
			index.reindex(List.copyOf(plan.serviceIds()));
		}
		else {
			redirect.addFlashAttribute(outcome.kind(), true);
		}
		return "redirect:/admin/directory/import/" + id;
	}

	/** What a commit did: stored (with its plan), alreadyCommitted or commitFailed. */
	private record Outcome(String kind, HsdsImport.Plan plan) {
	}

	// ---- export ----

	@GetMapping("/export")
	String exportPage(@AuthenticationPrincipal SignedInUser admin, Model model, Locale locale) {
		model.addAttribute("municipality", municipality(admin, locale));
		model.addAttribute("languages", HsdsModel.LANGUAGES);
		model.addAttribute("language", locale.getLanguage());
		return "directory/hsds/export";
	}

	@GetMapping("/export/file")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser admin,
			@RequestParam(defaultValue = "json") String format, @RequestParam(defaultValue = "") String language,
			Locale locale) {
		String lang = Languages.isSupported(language) ? Languages.of(language).getLanguage() : locale.getLanguage();
		boolean tabular = format.equals("csv");
		byte[] body = tabular ? exports.tabular(admin.tenantId(), lang) : exports.json(admin.tenantId(), lang);
		audit.record("HSDS_EXPORT", "directory", admin.tenantId(), tabular ? "tabular" : "json");
		String name = "directory-hsds-" + LocalDate.now() + (tabular ? ".zip" : ".json");
		return ResponseEntity.ok()
			.contentType(tabular ? MediaType.parseMediaType("application/zip") : MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	// ---- helpers ----

	private HsdsUploads.Upload find(SignedInUser admin, UUID id) {
		return uploads.find(id, admin.tenantId(), admin.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String municipality(SignedInUser admin, Locale locale) {
		return people.municipalityName(admin.tenantId(), locale).orElse("");
	}

	private ProblemView view(HsdsImport.Problem problem, Locale locale) {
		String table = messages.getMessage("hsds.table." + problem.table(), null, problem.table(), locale);
		String record = problem.id() == null ? table : table + " " + problem.id();
		String where = problem.file() != null
				? messages.getMessage("hsds.import.where.csv", new Object[] { problem.file(), problem.line() }, locale)
				: messages.getMessage("hsds.import.where.json", new Object[] { problem.path() }, locale);
		String reason = messages.getMessage("hsds.import.problem." + problem.code(), problem.args().toArray(),
				problem.code(), locale);
		return new ProblemView(record, where, problem.field(), reason);
	}

	private List<CountView> counts(HsdsImport.Plan plan, Locale locale) {
		List<CountView> counts = new ArrayList<>();
		plan.counts().forEach((table, count) -> counts
			.add(new CountView(messages.getMessage("hsds.table." + table, null, table, locale), count)));
		return counts;
	}
}
