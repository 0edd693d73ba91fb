package org.inclusio.actionplan.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A plan's actions and indicators as CSV (one row per indicator, UTF-8 with a byte-order mark so that spreadsheet
 * programs read Cyrillic and Latvian letters right) and as a tagged PDF with the DejaVu fonts, which cover both.
 */
@Component
class PlanExports {

	private static final String SANS = "DejaVu Sans";

	private static final byte[] SANS_REGULAR = font("DejaVuSans.ttf");

	private static final byte[] SANS_BOLD = font("DejaVuSans-Bold.ttf");

	private final MessageSource messages;

	PlanExports(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(PublicPlanPages.Export export, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>();
		for (String column : new String[] { "objective", "action", "responsibleBody", "partners", "startDate",
				"endDate", "cost", "fundingSource", "status", "percent", "indicator", "unit", "baseline", "target",
				"targetDate", "latest", "latestDate" }) {
			header.add(text("actionplan.csv." + column, locale));
		}
		row(csv, header);
		for (PlanReport.ActionView a : export.actions()) {
			List<String> action = List.of(a.objectiveTitle(), a.title(), a.responsibleBody(), a.partners(), a.startDate(),
					a.endDate(), a.cost(), a.funding().isEmpty() ? "" : text("actionplan.funding." + a.funding(), locale),
					text("actionplan.status." + a.status(), locale), a.percent() == null ? "" : String.valueOf(a.percent()));
			if (a.indicators().isEmpty()) {
				List<String> cells = new ArrayList<>(action);
				cells.addAll(List.of("", "", "", "", "", "", ""));
				row(csv, cells);
			}
			for (PlanReport.IndicatorView i : a.indicators()) {
				List<String> cells = new ArrayList<>(action);
				cells.addAll(List.of(i.name(), text("actionplan.unit." + i.unit(), locale), i.baseline(), i.target(),
						i.targetDate(), i.latest(), i.rows().isEmpty() ? "" : i.rows().get(i.rows().size() - 1).date()));
				row(csv, cells);
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String cell = cells.get(i) == null ? "" : cells.get(i);
			// a text that starts like a formula is not run by a spreadsheet program
			if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[\\d\\s.,]+")) {
				cell = "'" + cell;
			}
			csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		csv.append("\r\n");
	}

	byte[] pdf(PublicPlanPages.Export export, Locale locale) {
		var pdf = new ByteArrayOutputStream(64 * 1024);
		var builder = new PdfRendererBuilder().usePdfUaAccessibility(true)
			.withProducer("Inclusio")
			.useFont(() -> new ByteArrayInputStream(SANS_REGULAR), SANS, 400, FontStyle.NORMAL, true)
			.useFont(() -> new ByteArrayInputStream(SANS_BOLD), SANS, 700, FontStyle.NORMAL, true)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
			.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
			.withHtmlContent(xhtml(export, locale), null)
			.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the plan PDF", ex);
		}
		return pdf.toByteArray();
	}

	String xhtml(PublicPlanPages.Export export, Locale locale) {
		String language = Texts.language(locale);
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language)
			.append("\" xml:lang=\"").append(language).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
			.append(esc(export.title().text())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
			.append("<h1 lang=\"").append(export.title().language()).append("\">").append(esc(export.title().text())).append("</h1>\n");
		for (PublicPlanPages.Group group : PublicPlanPages.groups(export.actions())) {
			html.append("<h2>").append(esc(text("actionplan.objective", locale))).append(": ")
				.append(esc(group.objectiveTitle())).append("</h2>\n");
			for (PlanReport.ActionView a : group.actions()) {
				html.append("<h3>").append(esc(a.title())).append("</h3>\n<p>")
					.append(esc(text("actionplan.field.responsibleBody", locale))).append(": ").append(esc(a.responsibleBody()))
					.append("<br/>").append(esc(text("actionplan.public.status", locale))).append(": ")
					.append(esc(text("actionplan.status." + a.status(), locale)));
				if (a.percent() != null) {
					html.append(" · ").append(esc(text("actionplan.public.percent", locale, String.valueOf(a.percent()))));
				}
				if (!a.startDate().isEmpty() || !a.endDate().isEmpty()) {
					html.append("<br/>").append(esc(text("actionplan.public.period", locale, a.startDate(), a.endDate())));
				}
				if (!a.cost().isEmpty()) {
					html.append("<br/>").append(esc(text("actionplan.field.cost", locale))).append(": ").append(esc(a.cost()));
				}
				html.append("</p>\n");
				if (!a.indicators().isEmpty()) {
					html.append("<table>\n<thead><tr>");
					for (String column : new String[] { "indicator", "baseline", "target", "targetDate", "latest" }) {
						html.append("<th scope=\"col\">").append(esc(text("actionplan.csv." + column, locale))).append("</th>");
					}
					html.append("</tr></thead>\n<tbody>\n");
					for (PlanReport.IndicatorView i : a.indicators()) {
						html.append("<tr><td>").append(esc(i.name())).append("</td><td>").append(esc(i.baseline()))
							.append("</td><td>").append(esc(i.target())).append("</td><td>").append(esc(i.targetDate()))
							.append("</td><td>").append(esc(i.latest())).append("</td></tr>\n");
					}
					html.append("</tbody>\n</table>\n");
				}
			}
		}
		return html.append("</body>\n</html>\n").toString();
	}

	private String text(String code, Locale locale, String... args) {
		return messages.getMessage(code, args, locale);
	}

	private static String esc(String text) {
		return ChartSvg.escape(text == null ? "" : text);
	}

	private static byte[] font(String file) {
		try (InputStream in = PlanExports.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read font fonts/" + file, ex);
		}
	}

	private static final String STYLE = """
			@page { size: A4; margin: 15mm; }
			body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #0b0c0c; line-height: 1.35; }
			h1 { font-size: 18pt; margin: 0 0 6mm 0; }
			h2 { font-size: 14pt; margin: 6mm 0 2mm 0; }
			h3 { font-size: 11pt; margin: 4mm 0 1mm 0; }
			p { margin: 0 0 2mm 0; }
			table { border-collapse: collapse; width: 100%; margin: 0 0 3mm 0; }
			th, td { border: 0.3mm solid #505a5f; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
			th { background-color: #f3f2f1; }
			""";
}
