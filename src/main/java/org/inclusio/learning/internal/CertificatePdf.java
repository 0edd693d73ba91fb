package org.inclusio.learning.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.logging.Level;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a course certificate as a one-page A4 landscape PDF.
 *
 * <p>The page is XHTML built here, so that every value can be escaped in one place, and laid out by
 * openhtmltopdf. The DejaVu fonts ship inside the application (not the host's font directory) because
 * they cover Cyrillic and the Latvian diacritics and must be embedded for the PDF to look the same
 * everywhere. The PDF is tagged (PDF/UA mode) with the page language and a title, and all of its
 * text is real text that screen readers and text extraction can read.
 */
@Component
public class CertificatePdf {

    static {
        // openhtmltopdf's default logger writes several INFO lines per document straight to stderr,
        // past the application's logging configuration.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    // Read once: reading 1.8 MB of fonts from the jar for every certificate would waste time.
    private static final byte[] SANS_REGULAR = font("DejaVuSans.ttf");
    private static final byte[] SANS_BOLD = font("DejaVuSans-Bold.ttf");
    private static final byte[] MONO_REGULAR = font("DejaVuSansMono.ttf");

    // Font metrics depend only on the (fixed) fonts, so they are shared by all renders; thread-safe.
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    /** Returns the PDF bytes of the certificate described by {@code text}. */
    public byte[] render(CertificateText text) {
        var pdf = new ByteArrayOutputStream(48 * 1024);
        var builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .withProducer("Inclusio")
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .useFont(() -> new ByteArrayInputStream(SANS_REGULAR), SANS, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(SANS_BOLD), SANS, 700, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(MONO_REGULAR), MONO, 400, FontStyle.NORMAL, true)
                // The page needs nothing from outside; a certificate must never make a network call.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml(text), null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the certificate PDF", e);
        }
        return pdf.toByteArray();
    }

    static String xhtml(CertificateText t) {
        var labels = t.labels();
        var title = t.labels().heading() + ": " + t.courseTitle() + " \u2013 " + t.personName();
        var html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n")
            .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(t.language())
            .append("\" xml:lang=\"").append(t.language()).append("\">\n")
            .append("<head>\n<meta charset=\"UTF-8\"/>\n")
            .append("<title>").append(escape(title)).append("</title>\n")
            .append("<meta name=\"subject\" content=\"").append(escape(t.courseTitle())).append("\"/>\n")
            .append("<meta name=\"author\" content=\"").append(escape(t.municipality())).append("\"/>\n")
            .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
            .append("<div class=\"frame\"><div class=\"inner\">\n")
            .append("<h1>").append(escape(labels.heading())).append("</h1>\n")
            .append("<p class=\"lead\">").append(escape(labels.certifyThat())).append("</p>\n")
            .append("<p class=\"name").append(lengthClass(t.personName(), 34, 60)).append("\">")
            .append(escape(t.personName())).append("</p>\n")
            .append("<p class=\"lead\">").append(escape(labels.completedCourse())).append("</p>\n")
            .append("<p class=\"course").append(lengthClass(t.courseTitle(), 60, 110)).append("\">")
            .append(escape(t.courseTitle())).append("</p>\n")
            .append("<div class=\"facts\">")
            .append("<div class=\"fact\"><p class=\"label\">").append(escape(labels.dateLabel())).append("</p>")
            .append("<p class=\"value\">").append(escape(t.completionDate())).append("</p></div>")
            .append("<div class=\"fact\"><p class=\"label\">").append(escape(labels.municipalityLabel()))
            .append("</p><p class=\"value\">").append(escape(t.municipality())).append("</p></div>")
            .append("</div>\n")
            .append("<div class=\"verify\">\n")
            .append("<p>").append(escape(labels.checkAt())).append(' ');
        if (isWebAddress(t.verificationUrl())) {
            html.append("<a href=\"").append(escape(t.verificationUrl())).append("\" title=\"")
                .append(escape(labels.checkAt())).append("\">")
                .append(escape(t.verificationUrl())).append("</a>");
        } else {
            html.append("<span class=\"url\">").append(escape(t.verificationUrl())).append("</span>");
        }
        html.append("</p>\n")
            .append("<p>").append(escape(labels.codeLabel())).append(' ')
            .append("<span class=\"code\">").append(escape(t.verificationCode())).append("</span></p>\n")
            .append("</div>\n</div></div>\n</body>\n</html>\n");
        return html.toString();
    }

    // Long names and titles get smaller type, so that the certificate stays on one page.
    private static String lengthClass(String value, int longFrom, int veryLongFrom) {
        int length = value.codePointCount(0, value.length());
        return length >= veryLongFrom ? " very-long" : length >= longFrom ? " long" : "";
    }

    /**
     * Escapes text for XHTML content and attribute values, and drops what XML 1.0 cannot carry
     * (control characters, lone surrogates), so that no name can break the document.
     */
    static String escape(String value) {
        var out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }

    // Only a well-formed http(s) address becomes a link; anything else is still shown as text.
    private static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read font fonts/" + file, e);
        }
    }

    /**
     * Sends openhtmltopdf's messages to SLF4J under their own logger names, one level lower than the
     * library's own, so that its routine INFO chatter is DEBUG and its warnings stay visible.
     */
    static final class Slf4jLogger implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            var logger = LoggerFactory.getLogger(where);
            int severity = level.intValue();
            if (severity >= Level.SEVERE.intValue()) {
                logger.error(msg, th);
            } else if (severity >= Level.WARNING.intValue()) {
                logger.warn(msg, th);
            } else if (severity >= Level.INFO.intValue()) {
                logger.debug(msg, th);
            } else {
                logger.trace(msg, th);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // Levels belong to the application's logging configuration.
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            var logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
            int severity = diagnostic.getLevel().intValue();
            if (severity >= Level.SEVERE.intValue()) {
                return logger.isErrorEnabled();
            } else if (severity >= Level.WARNING.intValue()) {
                return logger.isWarnEnabled();
            } else if (severity >= Level.INFO.intValue()) {
                return logger.isDebugEnabled();
            }
            return logger.isTraceEnabled();
        }
    }

    // A4 landscape is 297 x 210 mm. Inside the 10 mm page margins 190 mm are left: 8 mm of outer frame,
    // 0.7 mm of inner line, 26 mm of inner padding and a 154 mm minimum content height fill it once.
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 10mm; }
            body { margin: 0; font-family: 'DejaVu Sans'; color: #0b0c0c; font-size: 12pt; line-height: 1.35; }
            .frame { border: 1.6mm solid #1d70b8; padding: 2.4mm; }
            .inner { border: 0.35mm solid #1d70b8; min-height: 154mm; padding: 18mm 18mm 8mm 18mm; text-align: center; }
            h1 { font-size: 28pt; font-weight: bold; margin: 0 0 10mm 0; color: #1d70b8; }
            p { margin: 0; }
            .lead { font-size: 14pt; color: #383f43; margin: 0 0 3mm 0; }
            .name { font-size: 32pt; font-weight: bold; margin: 0 0 8mm 0; word-wrap: break-word; }
            .name.long { font-size: 24pt; }
            .name.very-long { font-size: 18pt; }
            .course { font-size: 20pt; font-weight: bold; margin: 0 0 12mm 0; word-wrap: break-word; }
            .course.long { font-size: 16pt; }
            .course.very-long { font-size: 13pt; }
            .facts { margin: 0 0 12mm 0; }
            .fact { display: inline-block; width: 95mm; margin: 0 6mm; vertical-align: top; border-top: 0.3mm solid #b1b4b6; padding-top: 2mm; }
            .label { font-size: 11pt; color: #505a5f; }
            .value { font-size: 14pt; word-wrap: break-word; }
            .verify { font-size: 12pt; color: #383f43; }
            .verify p { margin: 0 0 3mm 0; word-wrap: break-word; }
            a { color: #1d70b8; text-decoration: underline; }
            .code { font-family: 'DejaVu Sans Mono'; font-size: 14pt; color: #0b0c0c; border: 0.35mm solid #0b0c0c; background-color: #f3f2f1; padding: 1mm 2.5mm; letter-spacing: 0.5pt; }
            """;

}
