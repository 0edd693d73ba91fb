package org.inclusio.account.internal.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.inclusio.account.internal.api.Rows.AccountRow;
import org.inclusio.account.internal.api.Rows.TransactionRow;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.Amounts;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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
 * Provider staff without an IT system upload a spreadsheet saved as CSV, see a preview with every problem in
 * their language, and store it. Storing goes through the same {@link Ingestion} as the API, all or nothing.
 */
@Controller
@RequestMapping("/provider/{id}/upload")
@PreAuthorize("hasRole('PROVIDER_STAFF')")
class UploadController {

	/** A provider's whole book in one file: up to 100,000 rows in up to 20 MB (the API takes 5,000 per batch). */
	static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	static final int MAX_ROWS = 100_000;

	static final int PREVIEW_ROWS = 500;

	/** A file can have 100,000 bad rows; the page lists the first problems (all of them are counted). */
	static final int PREVIEW_PROBLEMS = 1000;

	private final ProviderAccess access;

	private final Uploads uploads;

	private final Ingestion ingestion;

	private final MessageSource messages;

	private final Amounts amounts;

	UploadController(ProviderAccess access, Uploads uploads, Ingestion ingestion, MessageSource messages,
			Amounts amounts) {
		this.access = access;
		this.uploads = uploads;
		this.ingestion = ingestion;
		this.messages = messages;
		this.amounts = amounts;
	}

	@GetMapping
	String form(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam(required = false) String tooLarge, Model model, Locale locale) {
		model.addAttribute("provider", access.own(staff, id));
		if (tooLarge != null) {
			model.addAttribute("fileError", messages.getMessage("accountapi.upload.error.tooLarge", null, locale));
		}
		return form(model, null);
	}

	/** A kind of file for the upload form: the value to send, the name for messages, the columns. */
	record DatasetView(String key, String name, List<String> columns) {
	}

	private String form(Model model, String dataset) {
		model.addAttribute("datasets", java.util.Arrays.stream(Dataset.values()).filter(d -> d.csv)
			.map(d -> new DatasetView(d.key(), d.name(), d.fields.stream().map(Field::column).toList()))
			.toList());
		model.addAttribute("dataset", dataset);
		return "account/provider-upload";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam(defaultValue = "") String dataset, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		var provider = access.own(staff, id);
		model.addAttribute("provider", provider);
		Dataset chosen = Dataset.of(dataset).filter(d -> d.csv).orElse(null);
		String fileError = null;
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			fileError = messages.getMessage("accountapi.upload.error.noFile", null, locale);
		}
		else if (file.getSize() > MAX_FILE_BYTES) {
			fileError = messages.getMessage("accountapi.upload.error.tooLarge", null, locale);
		}
		CsvFile.Parsed parsed = null;
		if (fileError == null && chosen != null) {
			try {
				parsed = CsvFile.parse(file.getBytes(), chosen, MAX_ROWS);
			}
			catch (CsvFile.Problem problem) {
				fileError = messages.getMessage("accountapi.upload.error." + problem.code, problem.args, locale);
			}
		}
		if (chosen == null || fileError != null) {
			model.addAttribute("datasetError", chosen == null
					? messages.getMessage("accountapi.upload.dataset.required", null, locale) : null);
			model.addAttribute("fileError", fileError);
			return form(model, dataset);
		}
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.csv"
				: file.getOriginalFilename().strip();
		if (name.length() > 255) {
			name = name.substring(0, 255);
		}
		UUID upload = uploads.save(id, staff.id(), chosen, name, parsed);
		return "redirect:/provider/" + id + "/upload/" + upload;
	}

	record ErrorView(int row, String column, String reason) {
	}

	record RowView(int row, List<String> cells, Ingestion.State state) {
	}

	@GetMapping("/{upload}")
	String preview(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, @PathVariable UUID upload,
			Model model, Locale locale) {
		var provider = access.own(staff, id);
		Uploads.Upload found = find(staff, id, upload);
		Ingestion.Outcome outcome = ingestion.ingest(id, found.dataset(), found.rows(), found.dialect(),
				Ingestion.Mode.DRY_RUN, null);
		model.addAttribute("provider", provider);
		model.addAttribute("upload", found);
		model.addAttribute("outcome", outcome);
		model.addAttribute("columns", found.dataset().fields.stream().map(Field::column).toList());
		model.addAttribute("errors", outcome.errors().stream().limit(PREVIEW_PROBLEMS).map(e -> new ErrorView(e.row(),
				e.field() == null ? "" : e.field().column, reason(e, locale))).toList());
		model.addAttribute("problemCount", outcome.errors().size());
		model.addAttribute("problemRows", outcome.errors().stream().mapToInt(RowError::row).distinct().count());
		model.addAttribute("problemLimit", PREVIEW_PROBLEMS);
		model.addAttribute("rows", outcome.planned().stream().limit(PREVIEW_ROWS)
			.map(p -> new RowView(p.row().row(), cells(p.row(), locale), p.state()))
			.toList());
		model.addAttribute("previewLimit", PREVIEW_ROWS);
		return "account/provider-upload-preview";
	}

	@PostMapping("/{upload}/commit")
	String commit(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, @PathVariable UUID upload,
			RedirectAttributes redirect) {
		var provider = access.own(staff, id);
		Uploads.Upload found = find(staff, id, upload);
		Ingestion.Outcome outcome = ingestion.ingest(id, found.dataset(), found.rows(), found.dialect(),
				Ingestion.Mode.ALL_OR_NOTHING,
				new Ingestion.Source(provider.tenantId(), "CSV_UPLOAD", "upload " + upload + " " + found.fileName()),
				() -> uploads.claim(upload));
		if (outcome.alreadyDone()) {
			redirect.addFlashAttribute("alreadyCommitted", true);
		}
		else if (outcome.rejected()) {
			redirect.addFlashAttribute("commitFailed", true);
		}
		else {
			redirect.addFlashAttribute("stored", List.of(outcome.created(), outcome.updated(), outcome.unchanged()));
		}
		return "redirect:/provider/" + id + "/upload/" + upload;
	}

	private Uploads.Upload find(SignedInUser staff, long id, UUID upload) {
		return uploads.find(upload, id, staff.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String reason(RowError error, Locale locale) {
		String key = "accountapi.error." + error.code();
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key + ".csv", key },
				error.args().toArray(), error.code()), locale);
	}

	private List<String> cells(Rows.Valid row, Locale locale) {
		List<String> cells = new ArrayList<>();
		switch (row) {
			case AccountRow a -> {
				cells.add(a.reference());
				cells.add(messages.getMessage("account.kind." + a.kind().name(), null, a.kind().name(), locale));
				cells.add(a.currency());
				cells.add(amounts.money(a.balance(), a.currency()));
				cells.add(amounts.money(a.arrears(), a.currency()));
				cells.add(date(a.nextDueDate(), locale));
				cells.add(a.nextDueAmount() == null ? "" : amounts.money(a.nextDueAmount(), a.currency()));
			}
			case TransactionRow t -> {
				cells.add(t.reference());
				cells.add(t.externalId());
				cells.add(date(t.date(), locale));
				cells.add(number(t.amount(), locale));
				cells.add(t.description());
			}
			case Rows.MessageRow m -> {
				cells.add(m.reference());
				cells.add(m.externalId());
				cells.add(m.subject());
				cells.add(m.body());
				cells.add(m.sentAt().toString());
			}
		}
		return cells;
	}

	private static String date(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	private static String number(BigDecimal amount, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}
}
